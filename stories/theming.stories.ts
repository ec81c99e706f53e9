import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/pf-portal.js';
import '../src/pf-register-verify.js';
import '../src/pf-sign-in.js';
import { apiBaseOf, invitationFor, type Loaded, press, shadowQuery } from './story-helpers.js';

interface Args {
  lang: 'en' | 'es';
}

/**
 * Two practices theme the same elements through the `--pf-*` tokens alone, and a third in dark colours. Every
 * pair of text and background colours here passes 4.5:1 (axe checks each story).
 */
const meta: Meta<Args> = {
  title: 'Theming/Practice themes',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'es'] } },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

const riverside = `
  --pf-color-primary: #1f6f43;
  --pf-color-primary-hover: #17573a;
  --pf-color-text: #1d2a24;
  --pf-color-muted: #4a5550;
  --pf-color-subtle: #f1efe7;
  --pf-color-focus: #0b57a4;
  --pf-font-family: Georgia, 'Times New Roman', serif;
  --pf-radius: 0.125rem;
`;

const lakeside = `
  --pf-color-primary: #4338ca;
  --pf-color-primary-hover: #3730a3;
  --pf-color-text: #1e1b4b;
  --pf-color-muted: #4b4a6b;
  --pf-color-subtle: #eef2ff;
  --pf-color-border: #6366a0;
  --pf-color-info-surface: #eef2ff;
  --pf-color-focus: #b45309;
  --pf-font-family: 'Trebuchet MS', 'Segoe UI', sans-serif;
  --pf-font-size: 1.0625rem;
  --pf-radius: 1rem;
  --pf-spacing: 1.125rem;
`;

/** The dark theme: every token, since a dark page changes them all. */
const darkTheme = `
  --pf-color-primary: #7bd69b;
  --pf-color-primary-hover: #9be3b3;
  --pf-color-on-primary: #0b1a11;
  --pf-color-text: #e8eaed;
  --pf-color-muted: #b7bec8;
  --pf-color-surface: #15191f;
  --pf-color-subtle: #1f252d;
  --pf-color-border: #8b95a3;
  --pf-color-danger: #ff9b8f;
  --pf-color-danger-surface: #3a1e1c;
  --pf-color-info-surface: #1a2633;
  --pf-color-focus: #8ab4f8;
`;

const practice = (
  name: string,
  tokens: string,
  background: string,
  ink: string,
  lang: string,
  token: string,
  apiBase: string,
) => html`
  <section style="padding: 1.5rem; background: ${background}; color: ${ink}; min-width: 0">
    <h2 style="margin-top: 0; font-family: system-ui, sans-serif">${name}</h2>
    <pf-portal lang=${lang} api-base=${apiBase} style=${tokens}>
      <pf-register-verify invitation=${token}></pf-register-verify>
    </pf-portal>
  </section>
`;

/** Each form with its errors showing, so the error colours are checked too. */
const showErrors: Story['play'] = async ({ canvasElement }) => {
  for (const el of canvasElement.querySelectorAll('pf-register-verify')) {
    await shadowQuery(el, 'form');
    await press(el, 'button[type="submit"]');
    await shadowQuery(el, '[part~="error"]');
  }
};

/** Riverside Family Medicine and Lakeside Pediatrics: the same element, each practice's colours, font and corners. */
export const SideBySide: Story = {
  render: ({ lang }, { loaded }) => {
    const token = invitationFor((loaded as Loaded).portal, 'Sue@gmail.com');
    return html`
      <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr))">
        ${practice('Riverside Family Medicine', riverside, '#f7f5ef', '#1d2a24', lang, token, apiBaseOf(loaded))}
        ${practice('Lakeside Pediatrics', lakeside, '#f5f7ff', '#1e1b4b', lang, token, apiBaseOf(loaded))}
      </div>
    `;
  },
  play: showErrors,
};

/** Dark colours, for a practice whose site is dark. */
export const Dark: Story = {
  render: ({ lang }, { loaded }) => html`
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr))">
      ${practice(
        'Night Owl Urgent Care',
        darkTheme,
        '#0e1116',
        '#e8eaed',
        lang,
        invitationFor((loaded as Loaded).portal, 'Sue@gmail.com'),
        apiBaseOf(loaded),
      )}
      <section style="padding: 1.5rem; background: #0e1116; min-width: 0">
        <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)} style=${darkTheme}><pf-sign-in></pf-sign-in></pf-portal>
      </section>
    </div>
  `,
  play: showErrors,
};
