/**
 * The manifest is the public API, complete enough for the tools that read it (editors, framework type generators):
 *
 * - events dispatched as instances of their own classes carry their names in the JSDoc `@fires` tags (the unnamed
 *   ones the analyzer finds in `dispatchEvent` go); each named event gets its class as its type, found from the
 *   class whose constructor passes that name to `super`;
 * - a type alias that is a union of strings (`RecoveryMode`) is written out (`'password' | 'username'`), so a reader
 *   needs nothing else to know the values;
 * - every element lists every theme token it reads, with the default its styles give;
 * - an attribute the platform's own property backs (`lang`) names that field;
 * - paths point at what the package ships (`dist/….js`), not at the sources;
 * - what is protected or private to the classes stays out; modules are listed by path, the same on every machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Every `--pf-…` token the elements' styles read, with the default they give (nested parentheses kept whole), a
 * private `--_pf-…` name in a default written as the public token it stands for.
 */
function themeDefaults() {
  const root = new URL('./src/', import.meta.url);
  const sources = readdirSync(root, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('mocks'))
    .map((file) => readFileSync(new URL(file, root), 'utf8'));
  const defaults = new Map();
  const standsFor = new Map();
  for (const source of sources) {
    for (const [, name, token] of source.matchAll(/(--_pf-[a-z0-9-]+):\s*var\((--pf-[a-z0-9-]+)/g))
      standsFor.set(name, token);
    for (const match of source.matchAll(/var\((--pf-[a-z0-9-]+),\s*/g)) {
      let depth = 0;
      let end = match.index + match[0].length;
      for (; end < source.length; end += 1) {
        const char = source[end];
        if (char === '(') depth += 1;
        else if (char === ')') {
          if (depth === 0) break;
          depth -= 1;
        }
      }
      if (!defaults.has(match[1])) defaults.set(match[1], source.slice(match.index + match[0].length, end).trim());
    }
  }
  for (const [token, value] of defaults)
    defaults.set(
      token,
      value.replace(/var\((--_pf-[a-z0-9-]+)\)/g, (whole, name) =>
        standsFor.has(name) ? `var(${standsFor.get(name)})` : whole,
      ),
    );
  return defaults;
}

const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Writes `module` and `path` fields that point into `src/` as the shipped files, at any depth. */
function pointAtDist(node) {
  if (Array.isArray(node)) node.forEach(pointAtDist);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'module' || key === 'path') && typeof value === 'string' && /^\/?src\//.test(value))
        node[key] = shipped(value);
      else pointAtDist(value);
    }
  }
}

const completeApi = () => {
  /** Event name → the class that dispatches it. */
  const eventClasses = new Map();
  /** Type alias name → its union of string literals, written out. */
  const unions = new Map();
  return {
    name: 'complete-public-api',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
        const literals = node.type.types.every(
          (type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal),
        );
        if (literals) unions.set(node.name.text, node.type.types.map((type) => `'${type.literal.text}'`).join(' | '));
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const constructor = node.members.find((member) => ts.isConstructorDeclaration(member));
        const superCall = constructor?.body?.statements
          .map((statement) => (ts.isExpressionStatement(statement) ? statement.expression : undefined))
          .find(
            (expression) =>
              expression &&
              ts.isCallExpression(expression) &&
              expression.expression.kind === ts.SyntaxKind.SuperKeyword,
          );
        const name = superCall?.arguments[0];
        if (name && ts.isStringLiteral(name) && name.text.startsWith('pf-'))
          eventClasses.set(name.text, node.name.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const tokens = themeDefaults();
      // In path order: the order the files are found in depends on the file system, and the manifest must not.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const shared = declarations.find((declaration) => declaration.name === 'SdkElement')?.cssProperties ?? [];
      const spelled = (type) => (type && unions.has(type.text) ? { ...type, text: unions.get(type.text) } : type);
      for (const declaration of declarations) {
        if (declaration.events) {
          declaration.events = declaration.events
            .filter((event) => event.name)
            .map((event) =>
              eventClasses.has(event.name) ? { ...event, type: { text: eventClasses.get(event.name) } } : event,
            );
        }
        if (declaration.members) {
          declaration.members = declaration.members
            .filter((member) => !member.privacy || member.privacy === 'public')
            .map((member) => (member.type ? { ...member, type: spelled(member.type) } : member));
        }
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.type) attribute.type = spelled(attribute.type);
          // The platform's own property backs it.
          if (attribute.name === 'lang' && !attribute.fieldName) attribute.fieldName = 'lang';
        }
        if (declaration.customElement && declaration.tagName) {
          // Every element reads the shared theme: its tokens first, then the element's own.
          const own = (declaration.cssProperties ?? []).filter(
            (property) => !shared.some((token) => token.name === property.name),
          );
          declaration.cssProperties = [...shared, ...own];
        }
        for (const property of declaration.cssProperties ?? []) {
          if (tokens.has(property.name) && !property.default) property.default = tokens.get(property.name);
        }
      }
      // A re-export names its module relative to the one that re-exports it: written from the package's root.
      for (const module of customElementsManifest.modules) {
        for (const entry of module.exports ?? []) {
          const from = entry.declaration?.module;
          if (from?.startsWith('.')) entry.declaration.module = posix.join(posix.dirname(module.path), from);
        }
      }
      pointAtDist(customElementsManifest);
    },
  };
};

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/mocks/**',
    'src/api/**',
    // The records' FHIR mapping and sections are the element's insides, not API.
    'src/components/health-records/mapping/**',
    'src/components/health-records/sections/**',
    'src/components/health-records/section-controller.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [completeApi()],
};
