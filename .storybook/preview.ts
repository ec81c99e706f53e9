import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { type MockPortal, startMockPortal } from '../src/mocks/index.js';

setCustomElementsManifest(manifest);

let running: Promise<MockPortal> | undefined;

let docsSeeded = false;

/**
 * Every story runs on the mock portal, reset to the seed first, so each state is the same every time. A docs page
 * shows many stories at once: it is seeded once, so the links one story holds stay good while the next one loads.
 */
const mockPortalLoader = async ({ viewMode }: { viewMode: string }) => {
  // Stories show states, not the cost of hashing: a lower PBKDF2 cost than the mock's default keeps them quick.
  running ??= startMockPortal({ persist: false, secretHashIterations: 1_000 }).then(({ portal }) => portal);
  const portal = await running;
  if (viewMode !== 'docs' || !docsSeeded) await portal.reset();
  docsSeeded = viewMode === 'docs';
  return { portal };
};

/**
 * Storybook knows a type by its name (`string`, `boolean`, `enum`…) and drops an arg from the address whose type it
 * does not know. The manifest writes TypeScript (`string | undefined`, `'en' | 'es'`): an optional text is text, and a
 * union of strings is a choice among them, with a control to make it (the story's own control and options win).
 */
const manifestTypes = ({ argTypes }: { argTypes: StrictArgTypes }): StrictArgTypes =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const text = typeof argType.type === 'object' ? argType.type.name : argType.type;
      const bare = typeof text === 'string' ? text.replace(/ \| (undefined|null)/g, '') : undefined;
      if (bare === 'string' || bare === 'number' || bare === 'boolean')
        return [name, { ...argType, type: { name: bare } }];
      if (!bare || !/^'[^']*'( \| '[^']*')*$/.test(bare)) return [name, argType];
      const options = [...bare.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
      return [name, { control: { type: 'inline-radio' }, options, ...argType, type: { name: 'enum', value: options } }];
    }),
  );

const preview: Preview = {
  loaders: [mockPortalLoader],
  argTypesEnhancers: [manifestTypes],
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
