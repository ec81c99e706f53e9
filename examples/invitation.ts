/**
 * The token of the registration email's link, read once and taken out of the address bar before an element gets it,
 * so that it stays in no history entry and leaks through no Referer (README: The elements). Undefined without a link,
 * as after a reload: `<pf-registration>` kept the token in the tab's history entry and goes on from there.
 */
export function takeInvitation(): string | undefined {
  const url = new URL(location.href);
  const token = url.searchParams.get('invitation') ?? undefined;
  url.searchParams.delete('invitation');
  history.replaceState(history.state, '', url);
  return token;
}
