// Angular's compiler, for the templates compiled in the browser (this example has no build step of Angular's own).
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
// The README's recipe: the SDK imported in main.ts. The elements are defined here, but none is on the page until the
// app starts, after the mock portal has: their first call (reading the invitation) reaches the mock.
import 'pf-portal-elements';
import { startMockPortal } from 'pf-portal-elements/mocks';
import { App } from './app.js';

// The registration emails link back to this page.
await startMockPortal({ registrationUrl: `${location.origin}${location.pathname}` });

await bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] });
