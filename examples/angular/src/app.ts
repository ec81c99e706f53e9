import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { PfAccountCreatedEvent } from 'pf-portal-elements';
import { takeInvitation } from '../../invitation.js';

@Component({
  selector: 'app-root',
  // The README's recipe: the `pf-` tags are custom elements, whose properties Angular may bind.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Patient portal</h1>
      <!-- The app's own words, from the element's event: Angular listened to (pf-account-created). -->
      <p role="status">{{ created() ? 'Account created for ' + created() : '' }}</p>
      <pf-portal api-base="/api/portal">
        <pf-registration
          [invitation]="token"
          sign-in-url="/sign-in"
          (pf-account-created)="onCreated($event)"
        ></pf-registration>
      </pf-portal>
    </main>
  `,
})
export class App {
  readonly token = takeInvitation();
  readonly created = signal('');

  onCreated(event: Event): void {
    this.created.set((event as PfAccountCreatedEvent).detail.username);
  }
}
