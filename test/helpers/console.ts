/** What the elements write to the console as warnings while `work` runs. */
export async function warnings(work: () => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    console.warn = warn;
  }
  return said;
}
