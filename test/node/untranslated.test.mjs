// No string is left untranslated. Two reports, as an extractor would give them:
// 1. the templates: every word a patient reads or hears comes from a catalog, never from a literal in an `html`
//    template (text or an accessible attribute), a CSS `content`, or a literal handed to a live region;
// 2. the catalogs: every Spanish message is written (not the English one copied), and nothing is missing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

/** The files below a folder (the mock's aside: it is not the SDK) whose names pass `keep`. */
const filesUnder = (dir, keep) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'mocks' ? [] : filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });

const accessibleAttributes =
  /(?:^|\s)(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt)\s*=\s*(["'])([^"']*)\2/g;
const hasWords = (text) => /\p{L}/u.test(text);
const HOLE = '\u0001';

/** The literal words a template shows: its text between tags, and its accessible attributes' literal values. */
function literalWords(markup) {
  const found = [];
  const withoutComments = markup.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, , tagBody] of withoutComments.matchAll(/<(\/?[a-z][\w-]*)([^>]*)>/g)) {
    for (const [, name, , value] of tagBody.matchAll(accessibleAttributes)) {
      if (hasWords(value.replaceAll(HOLE, ''))) found.push(`${name}="${value.replaceAll(HOLE, '${…}')}"`);
    }
  }
  const text = withoutComments
    .replace(/<[^>]*>/g, ' ')
    .replaceAll(HOLE, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
  for (const word of text.split(/\s+/)) if (hasWords(word)) found.push(word);
  return found;
}

let templates = 0;

function extract(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const report = [];
  const where = (node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag.getText(source);
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      const markup = parts.join(HOLE);
      if (tag === 'html' || tag === 'svg') {
        templates += 1;
        for (const words of literalWords(markup)) report.push(`${where(node)}: ${words}`);
      } else if (tag === 'css') {
        for (const [content] of markup.matchAll(/content:\s*(["'])[^"']*\1/g))
          if (hasWords(content.replace(/^content:\s*/, ''))) report.push(`${where(node)}: ${content}`);
      }
    }
    // A live region, a dialog or an error fed a literal sentence instead of a message.
    if (
      ts.isCallExpression(node) &&
      /\b(announce|waitAlert|setCustomValidity)$/.test(node.expression.getText(source))
    ) {
      for (const argument of node.arguments)
        if (ts.isStringLiteralLike(argument) && hasWords(argument.text))
          report.push(`${where(node)}: "${argument.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return report;
}

describe('untranslated strings', () => {
  it('no template shows a literal word: everything a patient reads comes from a catalog', () => {
    const files = filesUnder('src', (name) => /(?<!\.test|\.messages)\.ts$/.test(name));
    assert.ok(files.length > 10, 'the extractor reads the element sources');
    const report = files.flatMap(extract);
    assert.ok(templates > 100, `the extractor reads the templates: ${templates}`);
    assert.deepEqual(
      report,
      [],
      `Literal words in templates (put them in the element's catalog):\n${report.join('\n')}`,
    );
  });

  it('the extractor finds a literal word, an accessible attribute and a CSS content', () => {
    const markup = ['<p>', '</p><button aria-label="Close">', `</button><span title=${HOLE}>`, '</span>'].join(HOLE);
    assert.deepEqual(literalWords(markup), ['aria-label="Close"']);
    assert.deepEqual(literalWords(`<p>${HOLE} · ${HOLE}</p><h2>Welcome ${HOLE}</h2>`), ['Welcome']);
  });

  // Messages that are the same in both languages: the word PIN, a bare number.
  const sameInBothLanguages = new Set(['methodPin', 'count']);
  const probes = [
    'H',
    'L',
    'high',
    'final',
    'active',
    'booked',
    'completed',
    'MORN',
    'drug',
    'allergy',
    'allergies',
    1,
  ];

  it('every Spanish message is written for Spanish readers, not copied from English', async () => {
    // The catalogs as modules of their own (dist/min/ bundles one with the chunks a page loads, for a browser).
    const catalogs = filesUnder('dist', (name) => name.endsWith('.messages.js')).filter(
      (file) => !file.startsWith(join('dist', 'min')),
    );
    assert.ok(catalogs.length >= 7, `the built catalogs are there (run npm run build): ${catalogs.length}`);
    const copied = [];
    for (const file of catalogs) {
      const module = await import(`../../${file}`);
      for (const [name, { en, es: spanish }] of Object.entries(module)) {
        if (!en || !spanish) continue;
        // Spanish comes in a module of its own, loaded when a page speaks it.
        const es = typeof spanish === 'function' ? await spanish() : spanish;
        assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort(), `${file} ${name}: the same keys`);
        for (const key of Object.keys(en)) {
          if (sameInBothLanguages.has(key)) continue;
          if (String(en[key]) !== String(es[key])) continue;
          // The same code can still say different things: a lookup over each language's own words.
          if (typeof en[key] === 'function' && probes.some((probe) => en[key](probe, 2) !== es[key](probe, 2)))
            continue;
          copied.push(`${file} ${name}.${key}: ${String(en[key])}`);
        }
      }
    }
    assert.deepEqual(copied, [], `Spanish messages that are the English ones:\n${copied.join('\n')}`);
  });

  it('every language pack the package ships says every message of every catalog, none copied from English', async () => {
    const catalogs = filesUnder('dist', (name) => name.endsWith('.messages.js') || name === 'new-password.js').filter(
      (file) => !file.startsWith(join('dist', 'min')),
    );
    const english = {};
    for (const file of catalogs) {
      for (const value of Object.values(await import(`../../${file}`))) {
        if (value && typeof value === 'object' && typeof value.name === 'string' && value.en)
          english[value.name] = value.en;
      }
    }
    assert.ok(Object.keys(english).length >= 9, `every catalog is named: ${Object.keys(english).join(', ')}`);
    const packs = readdirSync(join('dist', 'languages'))
      .filter((name) => /^[a-z][a-zA-Z-]*\.js$/.test(name))
      .map((name) => join('dist', 'languages', name));
    assert.ok(packs.length >= 1, 'the Vietnamese pack is built');
    const copied = [];
    for (const file of packs) {
      const { default: pack } = await import(`../../${file}`);
      assert.deepEqual(Object.keys(pack).sort(), Object.keys(english).sort(), `${file}: every catalog`);
      for (const [name, en] of Object.entries(english)) {
        assert.deepEqual(Object.keys(pack[name]).sort(), Object.keys(en).sort(), `${file} ${name}: every message`);
        for (const key of Object.keys(en)) {
          const said = pack[name][key];
          assert.equal(typeof said, typeof en[key], `${file} ${name}.${key}: text, or a function of the same values`);
          if (sameInBothLanguages.has(key) || String(en[key]) !== String(said)) continue;
          if (typeof en[key] === 'function' && probes.some((probe) => en[key](probe, 2) !== said(probe, 2))) continue;
          copied.push(`${file} ${name}.${key}: ${String(en[key])}`);
        }
      }
    }
    assert.deepEqual(copied, [], `Messages that are the English ones:\n${copied.join('\n')}`);
  });
});
