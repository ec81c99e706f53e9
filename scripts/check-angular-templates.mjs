// The README's Angular recipe, compiled ahead of time as the Angular CLI compiles it (ngc, strict templates): the
// example app's component (examples/angular/src/app.ts, with CUSTOM_ELEMENTS_SCHEMA) must compile with no error, and
// test/types/angular/wrong.ts, the same tags without the schema, must be refused for each tag (NG8001) and for the
// property bound on one (NG8002). The example app itself is compiled in the browser (JIT), which never refuses them
// once the SDK has defined the elements: this is where the schema the recipe asks for is shown to be needed.
import { execFileSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const compile = (project) => {
  try {
    // `ngc`, the compiler's command (the bin of @angular/compiler-cli).
    execFileSync('npx', ['--no-install', 'ngc', '-p', project], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    // Its diagnostics come coloured, even into a pipe.
    return stripVTControlCharacters(`${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
};

const failures = [];
const right = compile('test/types/angular/tsconfig.json');
if (right) failures.push(`examples/angular/src/app.ts does not compile:\n${right}`);
const wrong = compile('test/types/angular/tsconfig.wrong.json');
const codes = [...wrong.matchAll(/error NG(\d+): (.*)$/gm)].map(([, code, message]) => `NG${code} ${message}`);
const expected = [
  "NG8001 'pf-portal' is not a known element:",
  "NG8001 'pf-registration' is not a known element:",
  "NG8002 Can't bind to 'invitation' since it isn't a known property of 'pf-registration'.",
];
if (JSON.stringify(codes) !== JSON.stringify(expected))
  failures.push(
    `wrong.ts without the schema: expected\n    ${expected.join('\n    ')}\n  got\n    ${codes.join('\n    ') || wrong}`,
  );
if (failures.length) {
  console.error(`Angular templates:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'Angular templates: the example app compiles ahead of time with CUSTOM_ELEMENTS_SCHEMA; without it, each tag and the bound property are refused.',
);
