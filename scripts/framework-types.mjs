// Writes, from custom-elements.json, what frameworks and editors need to know the elements (run by `npm run build`):
//
// - dist/frameworks/react.d.ts: the tags in React 19's JSX, each attribute by its HTML name and each property by its
//   own (camelCase, which React 19 sets as a property and which a typo cannot slip past), each event as its
//   `onpf-…` prop taking the event's own class;
// - dist/frameworks/vue.d.ts: the tags in Vue's `GlobalComponents`, props in camelCase and events as `onPf…`, so
//   `vue-tsc` with `strictTemplates` rejects an unknown attribute or a handler of the wrong event;
// - dist/frameworks/svelte.d.ts: the tags in Svelte 5's `SvelteHTMLElements`, attributes by their HTML names and events
//   as their `onpf-…` attributes;
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json for VS Code, and dist/web-types.json for
//   JetBrains editors, by the generators the custom elements community keeps for that.
//
// The type files import the elements' and events' classes from the package's own declarations, so an event's detail
// is the one the element dispatches, never `CustomEvent<never>`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (letter) => letter.toUpperCase());
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\u200b/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/** The elements of the manifest, each with what a framework may set on it and listen to. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((element) => {
      const attributes = (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        field: attribute.fieldName,
        type: attribute.type?.text ?? 'string',
        description: attribute.description ?? '',
      }));
      // Public fields a page may set: every attribute's field, and the properties without an attribute (a client).
      const settable = (element.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.readonly && member.privacy !== 'protected',
      );
      const properties = [
        ...attributes.map((attribute) => ({
          name: attribute.field,
          type: attribute.type,
          description: attribute.description,
        })),
        ...settable
          .filter((member) => !attributes.some((attribute) => attribute.field === member.name))
          .map((member) => ({ name: member.name, type: undefined, description: member.description ?? '' })),
      ];
      const events = (element.events ?? []).map((event) => ({
        name: event.name,
        type: event.type?.text ?? 'Event',
        description: event.description ?? '',
      }));
      return {
        tag: element.tagName,
        className: element.name,
        description: element.description ?? '',
        attributes,
        properties,
        events,
      };
    });
}

const header = '// Generated from custom-elements.json by scripts/framework-types.mjs when the package is built.\n';

/**
 * `lang` takes the languages of `PortalLanguages` (the manifest lists those the package brings, for editors), which a
 * page that registers another widens: `declare module 'pf-portal-elements' { interface PortalLanguages { fr: true } }`.
 */
const languageType = 'PortalLanguage';
const typedAs = (attribute) => (attribute.name === 'lang' ? languageType : attribute.type);

/** The classes the type files import: every element's and every event's, and the languages when `lang` is there. */
const imports = (elements) => {
  const typed = elements.flatMap((element) => element.attributes.map(typedAs));
  const names = [
    ...new Set([
      ...elements.flatMap((element) => [element.className, ...element.events.map((event) => event.type)]),
      ...(typed.includes(languageType) ? [languageType] : []),
    ]),
  ];
  return `import type { ${names.sort().join(', ')} } from '../index.js';\n`;
};

/** A property's type: the languages for `lang`, the union the manifest spells out, else the class's own field's type. */
const propertyType = (element, property) =>
  property.name === 'lang'
    ? languageType
    : property.type && property.type !== 'string | undefined' && property.type !== 'string'
      ? property.type
      : `${element.className}['${property.name}']`;

/** An attribute as a page writes it, under its HTML name: text, so a number may come as its digits. */
const attributeMember = (attribute, orNull = false) =>
  `${doc(attribute.description, '  ')}  '${attribute.name}'?: ${attribute.type === 'number' ? 'number | `${number}`' : typedAs(attribute)}${orNull ? ' | null' : ''};`;

/** A property under `name` (its own, or as a framework spells it), typed as the element types it. */
const propertyMember = (element, property, name = property.name) =>
  `${doc(property.description, '  ')}  ${name}?: ${propertyType(element, property)};`;

/** An event's listener under `name`, taking the event's own class. */
const eventMember = (event, name) => `${doc(event.description, '  ')}  ${name}?: (event: ${event.type}) => void;`;

/**
 * One file: each element's interface (`name` and what it extends), then the module augmentation that maps each tag
 * to it, at `indent`.
 */
function typesFile({ elements, importLine, name, extend, members, augment, indent }) {
  const interfaces = elements.map(
    (
      element,
    ) => `${doc(`\`<${element.tag}>\`: ${element.description}`, '')}export interface ${name(element)}${extend ? `\n  extends ${extend(element)}` : ''} {
${members(element).join('\n')}
}
`,
  );
  const tags = elements.map((element) => `${indent}'${element.tag}': ${augment.tagType(element)};`).join('\n');
  return `${header}${importLine}
${imports(elements)}
${interfaces.join('\n')}
${augment.open}
${tags}
${augment.close}
`;
}

export const reactTypes = (elements) =>
  typesFile({
    elements,
    importLine: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    name: (element) => `${element.className}Props`,
    extend: (element) => `DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}>`,
    members: (element) => [
      ...element.attributes.map((attribute) => attributeMember(attribute)),
      ...element.properties
        .filter((property) => !element.attributes.some((attribute) => attribute.name === property.name))
        .map((property) => propertyMember(element, property)),
      ...element.events.map((event) => eventMember(event, `'on${event.name}'`)),
    ],
    augment: {
      open: "declare module 'react' {\n  // eslint-disable-next-line @typescript-eslint/no-namespace\n  namespace JSX {\n    interface IntrinsicElements {",
      tagType: (element) => `${element.className}Props`,
      close: '    }\n  }\n}',
    },
    indent: '      ',
  });

export const vueTypes = (elements) =>
  typesFile({
    elements,
    importLine: "import type { DefineComponent } from 'vue';",
    name: (element) => `${element.className}VueProps`,
    members: (element) => [
      ...element.properties.map((property) => propertyMember(element, property, camel(property.name))),
      ...element.events.map((event) => eventMember(event, `on${pascal(event.name)}`)),
    ],
    augment: {
      open: "declare module 'vue' {\n  interface GlobalComponents {",
      tagType: (element) => `DefineComponent<${element.className}VueProps>`,
      close: '  }\n}',
    },
    indent: '    ',
  });

export const svelteTypes = (elements) =>
  typesFile({
    elements,
    importLine: "import type { HTMLAttributes } from 'svelte/elements';",
    name: (element) => `${element.className}SvelteAttributes`,
    // Svelte's own `lang` is any string: the element's narrower one takes its place.
    extend: (element) =>
      `Omit<HTMLAttributes<${element.className}>, ${element.attributes.some((attribute) => attribute.name === 'lang') ? "'lang'" : 'never'}>`,
    members: (element) => [
      ...element.attributes.map((attribute) => attributeMember(attribute, true)),
      ...element.events.map((event) => eventMember(event, `'on${event.name}'`)),
    ],
    augment: {
      open: "declare module 'svelte/elements' {\n  interface SvelteHTMLElements {",
      tagType: (element) => `${element.className}SvelteAttributes`,
      close: '  }\n}',
    },
    indent: '    ',
  });

/** An event's prop on a React component: `pf-session-ended` is `onPfSessionEnded`. */
const reactEventProp = (event) => `on${pascal(event.name)}`;

/**
 * `pf-portal-elements/react`: each element as a React component made by `@lit/react`'s `createComponent`, for React
 * before 19 (which set every prop as an attribute and could not listen to custom events) and for code that prefers
 * components: props set as properties, events as `onPf…` props taking the event's own class, a `ref` to the element.
 * Importing it registers the elements it wraps.
 */
export const reactWrappers = (elements) => {
  const js = `${header}import * as React from 'react';
import { createComponent } from '@lit/react';
${elements.map((element) => `import { ${element.className} as ${element.className}Element } from './${element.tag}.js';`).join('\n')}
${elements
  .map(
    (element) => `
/** \`<${element.tag}>\` as a React component. */
export const ${element.className} = createComponent({
  react: React,
  tagName: '${element.tag}',
  elementClass: ${element.className}Element,
  displayName: '${element.className}',
  events: {${element.events.map((event) => `\n    ${reactEventProp(event)}: '${event.name}',`).join('')}${element.events.length ? '\n  ' : ''}},
});`,
  )
  .join('\n')}
`;
  const names = [
    ...new Set(
      elements.flatMap((element) => [
        `${element.className} as ${element.className}Element`,
        ...element.events.map((event) => event.type),
      ]),
    ),
  ].sort();
  const dts = `${header}import type { EventName, ReactWebComponent } from '@lit/react';
import type { ${names.join(', ')} } from './index.js';
${elements
  .map(
    (element) => `
${doc(`\`<${element.tag}>\` as a React component: ${element.description}`, '')}export declare const ${element.className}: ReactWebComponent<
  ${element.className}Element,
  {${element.events.map((event) => `\n${doc(event.description, '    ')}    ${reactEventProp(event)}: EventName<${event.type}>;`).join('')}${element.events.length ? '\n  ' : ''}}
>;`,
  )
  .join('\n')}
`;
  return { js, dts };
};

/** Writes every file into `outdir` (the package's `dist/`). */
export function writeFrameworkTypes({ manifestPath = 'custom-elements.json', outdir = 'dist' } = {}) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = elementsOf(manifest);
  mkdirSync(resolve(outdir, 'frameworks'), { recursive: true });
  writeFileSync(resolve(outdir, 'frameworks/react.d.ts'), reactTypes(elements));
  writeFileSync(resolve(outdir, 'frameworks/vue.d.ts'), vueTypes(elements));
  writeFileSync(resolve(outdir, 'frameworks/svelte.d.ts'), svelteTypes(elements));
  // Types only; but an app's bundler meets `import 'pf-portal-elements/types/react'` too, and must find a module.
  for (const framework of ['react', 'vue', 'svelte'])
    writeFileSync(
      resolve(outdir, `frameworks/${framework}.js`),
      `${header}// The types of ${framework}.d.ts have no code: this module is empty, for a bundler that meets the import.\nexport {};\n`,
    );
  const react = reactWrappers(elements);
  writeFileSync(resolve(outdir, 'react.js'), react.js);
  writeFileSync(resolve(outdir, 'react.d.ts'), react.dts);
  const quiet = { hideLogs: true, exclude: ['SdkElement'] };
  generateVsCodeCustomElementData(JSON.parse(JSON.stringify(manifest)), {
    ...quiet,
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  // Every element reads the same theme tokens: an editor lists each once.
  const cssData = resolve(outdir, 'vscode.css-custom-data.json');
  const css = JSON.parse(readFileSync(cssData, 'utf8'));
  css.properties = css.properties.filter(
    (property, index) => css.properties.findIndex((other) => other.name === property.name) === index,
  );
  writeFileSync(cssData, `${JSON.stringify(css, null, 2)}\n`);
  // It names the package and its version from package.json, which it leaves as it is.
  generateJetBrainsWebTypes(JSON.parse(JSON.stringify(manifest)), {
    ...quiet,
    outdir,
    webTypesFileName: 'web-types.json',
    packageJson: false,
  });
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) writeFrameworkTypes();
