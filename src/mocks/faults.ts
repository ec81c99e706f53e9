/**
 * Faults on purpose (the README's "The mock portal"): a dropped connection, a slow or endless answer, an error or a broken body,
 * for the next call of a route or every call until cleared. The rules live in the state, so they survive the demo's
 * page loads; `handlers.ts` plays them.
 */
import type { MockFault, MockFaultRule } from './state.js';

/** Adds a fault for the next call (`times: 1`) or every call (`times: null`) of `route`, or of every route. */
export function addFault(faults: MockFaultRule[], fault: MockFault, times: number | null, route?: string): void {
  faults.push({ fault, times, ...(route ? { route } : {}) });
}

/** The fault the next call of `route` meets, used up as it goes. */
export function takeFault(faults: MockFaultRule[], route: string): MockFault | undefined {
  const rule = faults.find((candidate) => candidate.route === undefined || candidate.route === route);
  if (!rule) return undefined;
  if (rule.times !== null) {
    rule.times -= 1;
    if (rule.times <= 0) faults.splice(faults.indexOf(rule), 1);
  }
  return rule.fault;
}
