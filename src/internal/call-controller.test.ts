import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CallController } from './call-controller.js';

/** A call the test answers or fails when it wants, and whose signal it can read. */
const held = <T>() => {
  let answer!: (value: T) => void;
  let fail!: (error: unknown) => void;
  let signal!: AbortSignal;
  const request = (given: AbortSignal) => {
    signal = given;
    return new Promise<T>((resolve, reject) => {
      answer = resolve;
      fail = reject;
      given.addEventListener('abort', () => reject(new DOMException('given up', 'AbortError')));
    });
  };
  return { request, answer: (value: T) => answer(value), fail: (error: unknown) => fail(error), signal: () => signal };
};

class CallHost extends LitElement {
  readonly calls = new CallController(this);
  override render() {
    return html`<p>${this.calls.busy ? 'Busy' : 'Idle'}</p>`;
  }
}
customElements.define('call-host-test', CallHost);

const shown = (el: CallHost) => el.shadowRoot!.textContent!.trim();

describe('CallController', () => {
  it('answers the value, busy while the call lasts, and renders the host when that changes', async () => {
    const el = await fixture<CallHost>(html`<call-host-test></call-host-test>`);
    const call = held<string>();
    const outcome = el.calls.run(call.request);
    await el.updateComplete;
    expect(shown(el)).to.equal('Busy');
    call.answer('done');
    expect(await outcome).to.deep.equal({ ok: true, value: 'done' });
    await el.updateComplete;
    expect(shown(el)).to.equal('Idle');
  });

  it('answers a failure as one, and a call given up with nothing', async () => {
    const el = await fixture<CallHost>(html`<call-host-test></call-host-test>`);
    const failing = held<string>();
    const failed = el.calls.run(failing.request);
    failing.fail(new TypeError('Failed to fetch'));
    const outcome = await failed;
    expect(outcome?.ok).to.equal(false);
    expect(outcome && !outcome.ok && outcome.error).to.be.instanceOf(TypeError);

    const first = held<string>();
    const second = held<string>();
    const given = el.calls.run(first.request);
    const kept = el.calls.run(second.request);
    expect(first.signal().aborted).to.equal(true);
    // Even an answer that comes after the call was given up is dropped.
    first.answer('stale');
    expect(await given).to.equal(undefined);
    second.answer('fresh');
    expect(await kept).to.deep.equal({ ok: true, value: 'fresh' });
  });

  it('gives up the call when the element leaves the page, and on cancel', async () => {
    const el = await fixture<CallHost>(html`<call-host-test></call-host-test>`);
    const leaving = held<string>();
    const left = el.calls.run(leaving.request);
    el.remove();
    expect(leaving.signal().aborted).to.equal(true);
    expect(await left).to.equal(undefined);
    expect(el.calls.busy).to.equal(false);

    document.body.append(el);
    const cancelled = held<string>();
    const outcome = el.calls.run(cancelled.request);
    el.calls.cancel();
    expect(await outcome).to.equal(undefined);
    el.remove();
  });

  it("keeps an answered call's signal live for what it reads on, until the next call", async () => {
    const el = await fixture<CallHost>(html`<call-host-test></call-host-test>`);
    const first = held<string>();
    const answered = el.calls.run(first.request);
    first.answer('page 1');
    await answered;
    expect(first.signal().aborted).to.equal(false);
    void el.calls.run(held<string>().request);
    expect(first.signal().aborted).to.equal(true);
  });
});
