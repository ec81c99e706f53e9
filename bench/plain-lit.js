// Two plain Lit elements with the same fields as the SDK's forms and nothing else: no portal, no client, no
// validation, one language. `npm run bench` bundles this file with lit and minifies it as the SDK is minified, and
// times them under a phone's conditions beside the elements: what any Lit form of these fields costs.
import { html, LitElement } from 'lit';

/** Sign-in: a heading, the username and password, and the button. */
class PlainLitSignIn extends LitElement {
  render() {
    return html`<section>
      <h2>Sign in</h2>
      <form novalidate @submit=${(event) => event.preventDefault()}>
        <label for="username">Email address or username</label>
        <input id="username" name="username" autocomplete="username" aria-required="true" />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" aria-required="true" />
        <button type="submit">Sign in</button>
      </form>
    </section>`;
  }
}

/**
 * The identity form of a registration link, as a plain Lit element that reads the invitation first
 * (`GET /api/portal/invitations/{token}`) and draws the form when it is known, as most forms that depend on a read
 * are written.
 */
class PlainLitVerify extends LitElement {
  static properties = { invitation: {}, read: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    fetch(`/api/portal/invitations/${encodeURIComponent(this.invitation ?? '')}`)
      .then((answer) => answer.json())
      .then((read) => (this.read = read));
  }

  render() {
    if (!this.read) return html`<p>Checking your registration link…</p>`;
    return html`<section>
      <h2>Verify your identity</h2>
      <p>To keep your health information private, first confirm who you are.</p>
      <form novalidate @submit=${(event) => event.preventDefault()}>
        <label for="dob">Patient’s date of birth</label>
        <p id="dob-hint">MM/DD/YYYY</p>
        <input id="dob" name="dob" inputmode="numeric" autocomplete="bday" maxlength="10" aria-required="true" />
        <label for="pin">PIN received from patient’s doctor</label>
        <p id="pin-hint">6 digits</p>
        <input id="pin" name="pin" inputmode="numeric" autocomplete="off" maxlength="11" aria-required="true" />
        <button type="submit">Continue</button>
      </form>
    </section>`;
  }
}

customElements.define('plain-lit-sign-in', PlainLitSignIn);
customElements.define('plain-lit-verify', PlainLitVerify);
