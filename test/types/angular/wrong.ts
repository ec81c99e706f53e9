import { Component } from '@angular/core';

// The README's Angular recipe without its schema: the ahead-of-time compiler refuses each tag (NG8001) and the
// property bound on one (NG8002), which scripts/check-angular-templates.mjs expects of this file.
@Component({
  selector: 'app-without-schema',
  template: `
    <pf-portal api-base="/api/portal">
      <pf-registration [invitation]="token" sign-in-url="/sign-in" (pf-account-created)="onCreated()"></pf-registration>
    </pf-portal>
  `,
})
export class WithoutSchema {
  readonly token = 'abc';
  onCreated(): void {}
}
