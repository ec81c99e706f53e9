/** The patient signed in: the session went into `<pf-portal>`, which also fired `pf-session-started`. */
export class PfSignedInEvent extends Event {
  constructor() {
    super('pf-signed-in', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-signed-in': PfSignedInEvent;
  }
}
