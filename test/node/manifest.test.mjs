// custom-elements.json is complete enough for the tools that read it (editors, framework type generators): every
// event has its class, every theme token is on every element with its default, every attribute names its field and
// has a type a reader can use alone, and every path is a file the package ships.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName).map((element) => ({ module, element })),
);
const sources = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('mocks'))
  .map((file) => ({ file, text: readFileSync(`src/${file}`, 'utf8') }));
const exported = new Set(
  sources.flatMap(({ text }) => [...text.matchAll(/export class (\w+)/g)].map((match) => match[1])),
);

describe('custom-elements.json', () => {
  it('lists the seven elements', () => {
    assert.deepEqual(elements.map(({ element }) => element.tagName).sort(), [
      'pf-account-recovery',
      'pf-health-records',
      'pf-portal',
      'pf-register-account',
      'pf-register-verify',
      'pf-registration',
      'pf-sign-in',
    ]);
  });

  it('gives every event the class it is dispatched as, which the package exports', () => {
    for (const { element } of elements) {
      for (const event of element.events ?? []) {
        const type = event.type?.text ?? '';
        assert.match(type, /^Pf\w+Event$/, `${element.tagName} ${event.name}`);
        assert.ok(exported.has(type), `${type} is exported`);
        const dispatched = sources.some(({ text }) =>
          new RegExp(`class ${type} [^]*?super\\('${event.name}'`).test(text),
        );
        assert.ok(dispatched, `${type} is the event named ${event.name}`);
      }
    }
  });

  it('lists every theme token on every element, with the default the styles give', () => {
    const used = new Set(sources.flatMap(({ text }) => [...text.matchAll(/var\((--pf-[a-z0-9-]+)/g)].map((m) => m[1])));
    assert.ok(used.size >= 20, `${used.size} tokens read`);
    for (const token of used) {
      const own = token.match(/^--pf-((?:register-verify|register-account|sign-in|account-recovery|health-records))-/);
      const on = elements.filter(({ element }) => !own || element.tagName === `pf-${own[1]}`);
      assert.ok(on.length, token);
      for (const { element } of on) {
        const property = element.cssProperties?.find((candidate) => candidate.name === token);
        assert.ok(property, `${element.tagName} lists ${token}`);
        assert.ok(property.default, `${element.tagName} ${token} has a default`);
        assert.doesNotMatch(property.default, /--_pf-/, `${token}'s default names only public tokens`);
        assert.ok(property.description, `${token} is described`);
      }
    }
  });

  it('gives every attribute its field and a type a reader can use alone', () => {
    const plain =
      /^(?:string|number|boolean|undefined|'[a-z-]+')(?: \| (?:string|number|boolean|undefined|'[a-z-]+'))*$/;
    for (const { element } of elements) {
      for (const attribute of element.attributes ?? []) {
        assert.ok(attribute.fieldName, `${element.tagName} [${attribute.name}] names its field`);
        assert.match(attribute.type?.text ?? '', plain, `${element.tagName} [${attribute.name}]`);
        assert.ok(attribute.description, `${element.tagName} [${attribute.name}] is described`);
      }
    }
    const portal = elements.find(({ element }) => element.tagName === 'pf-portal').element;
    assert.equal(portal.attributes.find((attribute) => attribute.name === 'lang').type.text, "'en' | 'es' | 'vi'");
  });

  it('points at the files the package ships', () => {
    const paths = [];
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') paths.push(value);
          else walk(value);
        }
    };
    walk(manifest);
    assert.ok(paths.length > 20);
    const files = JSON.parse(readFileSync('package.json', 'utf8')).files;
    for (const path of new Set(paths)) {
      assert.match(path, /^dist\/.*\.js$/, path);
      assert.ok(files.includes(path.split('/')[0]), `${path} is in the package's files`);
      assert.ok(existsSync(path), `${path} is built`);
    }
  });

  it('gives editors every element, attribute, event and token, from the same manifest', () => {
    const html = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
    const css = JSON.parse(readFileSync('dist/vscode.css-custom-data.json', 'utf8'));
    const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(packageJson['web-types'], './dist/web-types.json');
    for (const { element } of elements) {
      const tag = html.tags.find((candidate) => candidate.name === element.tagName);
      assert.ok(tag, `VS Code knows <${element.tagName}>`);
      assert.deepEqual(
        tag.attributes.map((attribute) => attribute.name).sort(),
        (element.attributes ?? []).map((attribute) => attribute.name).sort(),
      );
      const web = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
      assert.ok(web, `JetBrains editors know <${element.tagName}>`);
      assert.deepEqual(
        (web.js?.events ?? []).map((event) => event.name).sort(),
        (element.events ?? []).map((event) => event.name).sort(),
      );
    }
    const lang = html.tags
      .find((tag) => tag.name === 'pf-portal')
      .attributes.find((attribute) => attribute.name === 'lang');
    assert.deepEqual(lang.values, [{ name: 'en' }, { name: 'es' }, { name: 'vi' }]);
    const tokens = css.properties.map((property) => property.name);
    assert.equal(new Set(tokens).size, tokens.length, 'each token once');
    for (const token of ['--pf-color-primary', '--pf-radius', '--pf-sign-in-max-width'])
      assert.ok(tokens.includes(token), token);
  });

  it('ships documentation that points only at what the package has', () => {
    const declarations = readdirSync('dist', { recursive: true }).filter((file) => file.endsWith('.d.ts'));
    assert.ok(declarations.length > 20);
    for (const file of declarations) {
      const text = readFileSync(`dist/${file}`, 'utf8');
      assert.doesNotMatch(text, /DESIGN|API table/, `dist/${file} points at a document the package does not have`);
    }
  });
});
