import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { getResponse, http, type RequestHandler } from 'msw';
import type { StrictArgTypes } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { createMockHandlers, MockPortal, type RunningMockPortal, startMockPortal } from '../src/mocks/index.js';

setCustomElementsManifest(manifest);

// Stories show states, not the cost of hashing: a lower PBKDF2 cost than the mock's default keeps them quick.
const mockOptions = { secretHashIterations: 1_000 };

/** Where the mock portal of each story on a Docs page answers: `<docsBase>/<n>`, one `n` for each story shown. */
const docsBase = '/api/docs-portal';
const docsPortals = new Map<string, RequestHandler[]>();
let docsPortalsMade = 0;

let running: Promise<RunningMockPortal> | undefined;
const startMock = async (): Promise<RunningMockPortal> => {
  const mock = await startMockPortal({ persist: false, ...mockOptions });
  // One handler for every Docs story's portal: it hands the request to the handlers of the portal its path names.
  mock.worker.use(
    http.all(`${docsBase}/:slot/*`, ({ request, params }) => {
      const handlers = docsPortals.get(String(params.slot));
      return handlers ? getResponse(handlers, request) : undefined;
    }),
  );
  return mock;
};

/** Whether the preview shows a Docs page (many stories at once) rather than one story. */
let docsShown = false;

/**
 * Every story runs on the mock portal, reset to the seed first, so each state is the same every time. A Docs page
 * shows its stories at once, their play functions running side by side (`docs.story.autoplay`): each story gets a
 * mock portal of its own there, at its own `apiBase`, so no story's tries, links, clock or sessions reach another's.
 */
const mockPortalLoader = async ({ viewMode }: { viewMode: string }) => {
  running ??= startMock();
  const { portal } = await running;
  docsShown = viewMode === 'docs';
  if (viewMode !== 'docs') {
    await portal.reset();
    return { portal, apiBase: '/api/portal' };
  }
  const own = new MockPortal(mockOptions);
  await own.reset();
  const slot = String((docsPortalsMade += 1));
  const apiBase = `${docsBase}/${slot}`;
  docsPortals.set(slot, createMockHandlers(own, { apiBase }));
  const release = (): void => {
    docsPortals.delete(slot);
  };
  return { portal: own, apiBase, release };
};

/**
 * On a Docs page, focus moved inside a story (a step's heading, an error summary) does not scroll the page: the page
 * opens at its top, and stays where the reader is. Focus still moves, so each story behaves as it does alone.
 */
const nativeFocus = HTMLElement.prototype.focus;
HTMLElement.prototype.focus = function focus(this: HTMLElement, options?: FocusOptions) {
  nativeFocus.call(this, docsShown ? { ...options, preventScroll: true } : options);
};

/**
 * A Docs page holds what would be many tabs: the stories of several patients, each signed in or out on its own. The
 * portal's channel between tabs (a sign-out in one signs out the others) stays inside each element there; a story
 * shown alone keeps the real channel.
 */
const NativeBroadcastChannel = globalThis.BroadcastChannel;
let docsChannels = 0;
globalThis.BroadcastChannel = class extends NativeBroadcastChannel {
  constructor(name: string) {
    super(docsShown ? `${name} (docs story ${(docsChannels += 1)})` : name);
  }
};

interface ManifestDeclaration {
  tagName?: string;
  members?: { kind: string; name: string; attribute?: string }[];
}
const declarations = new Map(
  (manifest.modules as { declarations?: ManifestDeclaration[] }[])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, declaration]),
);

/**
 * Storybook knows a type by its name (`string`, `boolean`, `enum`…) and offers "Set object" for any other. The
 * manifest writes TypeScript (`string | undefined`, `'en' | 'es'`), and gives no type to a CSS custom property, a
 * part or an event. From the manifest, then:
 * - an optional text is text, and a union of strings is a choice among them (the story's own control wins);
 * - a theme token is text, with a colour picker for the colours, and the decorator below sets it;
 * - a part, an event, and a property no control can make (the client, the session, `messages`) are listed with no
 *   control;
 * - a property that an attribute mirrors is listed once, as the attribute;
 * - an attribute or property the story does not render from its args is listed with no control, since changing it
 *   would change nothing on screen.
 */
const manifestTypes = ({
  argTypes,
  component,
  initialArgs,
}: {
  argTypes: StrictArgTypes;
  component?: unknown;
  initialArgs?: Record<string, unknown>;
}): StrictArgTypes => {
  const members = typeof component === 'string' ? declarations.get(component)?.members : undefined;
  const mirrored = new Set(members?.filter((member) => member.attribute).map((member) => member.name));
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties')
        return [
          name,
          {
            ...argType,
            type: { name: 'string' },
            control: { type: name.startsWith('--pf-color-') ? 'color' : 'text' },
          },
        ];
      if (category === 'css shadow parts' || category === 'events') return [name, { ...argType, control: false }];
      const fromManifest = category === 'attributes' || category === 'properties';
      if (fromManifest && category === 'properties' && mirrored.has(name))
        return [name, { ...argType, table: { ...argType.table, disable: true } }];
      const text = typeof argType.type === 'object' ? argType.type.name : argType.type;
      const bare = typeof text === 'string' ? text.replace(/ \| (undefined|null)/g, '') : undefined;
      const rendered = initialArgs !== undefined && name in initialArgs;
      const primitive = bare === 'string' || bare === 'number' || bare === 'boolean';
      const choice = bare !== undefined && /^'[^']*'( \| '[^']*')*$/.test(bare);
      const typed: StrictArgTypes[string] = primitive
        ? { ...argType, type: { name: bare } }
        : choice
          ? (() => {
              const options = [...bare.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
              return {
                control: { type: 'inline-radio' },
                options,
                ...argType,
                type: { name: 'enum', value: options },
              } as StrictArgTypes[string];
            })()
          : argType;
      if (!fromManifest) return [name, typed];
      return [name, rendered && (primitive || choice) ? typed : { ...typed, control: false }];
    }),
  );
};

/**
 * The theme tokens a reader set in Controls, on a frame around the story (the elements inherit them). The frame is
 * always there, so a token set later restyles the state on screen instead of drawing the story anew.
 */
const themeTokens: Decorator = (story, { args }) => {
  const tokens = Object.entries(args).filter(
    (entry): entry is [string, string] => entry[0].startsWith('--pf-') && typeof entry[1] === 'string' && !!entry[1],
  );
  return html`<div class="pf-story-tokens" style=${styleMap(Object.fromEntries(tokens))}>${story()}</div>`;
};

const preview: Preview = {
  loaders: [mockPortalLoader],
  // A Docs story's own mock portal goes when the page does.
  beforeEach: ({ loaded }) => (loaded as { release?: () => void }).release,
  decorators: [themeTokens],
  argTypesEnhancers: [manifestTypes],
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    // Docs pages show each state, as the story does alone: its play function runs there too.
    docs: { story: { autoplay: true } },
  },
};

export default preview;
