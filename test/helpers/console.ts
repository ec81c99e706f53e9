/**
 * What the elements write to the console as warnings while `work` runs; `work` is given the list as it grows, to
 * wait for a warning told later.
 */
export async function warnings(work: (said: readonly string[]) => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await work(said);
  } finally {
    console.warn = warn;
  }
  return said;
}
