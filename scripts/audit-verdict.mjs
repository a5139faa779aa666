// Reads the JSON that `npm audit --json` prints and decides: pass, fail (high or critical advisories), or
// unreachable (the registry's audit endpoint did not answer, so nothing was checked). Kept apart from
// audit-prod.mjs so the decision can be tested on recorded outputs.

const BLOCKING = ['high', 'critical'];

/**
 * @param {string} stdout what `npm audit --json` printed
 * @returns {{ verdict: 'pass' | 'fail' | 'unreachable' | 'unreadable', summary: string }}
 */
export function auditVerdict(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { verdict: 'unreadable', summary: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const levels = ['info', 'low', 'moderate', 'high', 'critical'];
    const summary = levels.map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
    const blocking = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => BLOCKING.includes(v?.severity))
      .map(([name, v]) => `${name} (${v.severity})`);
    const blockingCount = BLOCKING.reduce((sum, level) => sum + Number(counts[level] ?? 0), 0);
    if (blockingCount > 0) return { verdict: 'fail', summary: `${summary}: ${blocking.join(', ') || 'see npm audit'}` };
    return { verdict: 'pass', summary };
  }
  // npm reports a failed request to the audit endpoint as {"message": ..., "statusCode"/"code": ...}.
  if (typeof report?.message === 'string' && (report.statusCode !== undefined || report.code !== undefined || report.error)) {
    return { verdict: 'unreachable', summary: report.message };
  }
  return { verdict: 'unreadable', summary: `unexpected npm audit output: ${stdout.slice(0, 200)}` };
}
