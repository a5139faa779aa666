// `npm run audit:prod`: npm audit of the packages that ship (--omit=dev). Fails on any high or critical
// advisory. If the registry's audit endpoint cannot be reached (as on this workplace's registry, which answers
// the bulk advisory POST with 405), it says so plainly and passes, because nothing could be checked; set
// AUDIT_REQUIRED=1 where the endpoint must answer, to fail then too.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.mjs';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const { verdict, summary } = auditVerdict(run.stdout ?? '');
const required = process.env.AUDIT_REQUIRED === '1';

switch (verdict) {
  case 'pass':
    console.log(`npm audit --omit=dev: no high or critical advisories (${summary}).`);
    break;
  case 'fail':
    console.error(`npm audit --omit=dev: high or critical advisories: ${summary}. Run \`npm audit --omit=dev\` for details.`);
    process.exitCode = 1;
    break;
  case 'unreachable':
    console.warn(`npm audit --omit=dev: NOT CHECKED, the audit endpoint could not be reached (${summary}).`);
    if (required) process.exitCode = 1;
    break;
  case 'unreadable':
    console.error(`npm audit --omit=dev: ${summary}${run.stderr ? `\n${run.stderr.slice(0, 500)}` : ''}`);
    process.exitCode = 1;
    break;
}
