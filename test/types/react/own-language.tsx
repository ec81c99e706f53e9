// A page that registers a language of its own adds it to `PortalLanguages`, and `lang` takes it (its own check,
// apart from usage.tsx, where `fr` must stay an error).
import 'pf-portal-elements/types/react';

declare module 'pf-portal-elements' {
  interface PortalLanguages {
    fr: true;
  }
}

export const french = <pf-portal lang="fr" />;

// @ts-expect-error A language neither the elements nor the page speak.
export const klingon = <pf-portal lang="tlh" />;
