import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-verdict.mjs';

// Shapes as npm 7+ prints them with --json (auditReportVersion 2).
const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
      dependencies: { prod: 12, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 12 },
    },
  });

describe('auditVerdict(stdout)', () => {
  it('passes a clean report', () => {
    expect(auditVerdict(report({}))).toEqual({ verdict: 'pass', summary: '0 info, 0 low, 0 moderate, 0 high, 0 critical' });
  });

  it('passes low and moderate advisories: the gate is high and critical', () => {
    const out = report({ low: 1, moderate: 2, total: 3 }, { a: { severity: 'low' }, b: { severity: 'moderate' } });
    expect(auditVerdict(out).verdict).toBe('pass');
  });

  it('fails on a high or a critical advisory and names the package', () => {
    const high = auditVerdict(report({ high: 1, total: 1 }, { 'some-lib': { severity: 'high' } }));
    expect(high.verdict).toBe('fail');
    expect(high.summary).toContain('some-lib (high)');
    const critical = auditVerdict(report({ critical: 2, total: 2 }, { x: { severity: 'critical' }, y: { severity: 'critical' } }));
    expect(critical).toMatchObject({ verdict: 'fail' });
    expect(critical.summary).toContain('x (critical), y (critical)');
  });

  it('calls a refused audit request unreachable, not clean', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST <registry>/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    expect(auditVerdict(refused)).toEqual({ verdict: 'unreachable', summary: expect.stringContaining('405') });
    const offline = JSON.stringify({ message: 'request to <registry> failed, reason: getaddrinfo ENOTFOUND', code: 'ENOTFOUND' });
    expect(auditVerdict(offline).verdict).toBe('unreachable');
  });

  it('refuses to judge output it does not understand', () => {
    expect(auditVerdict('').verdict).toBe('unreadable');
    expect(auditVerdict('npm error something').verdict).toBe('unreadable');
    expect(auditVerdict('{"unexpected": true}').verdict).toBe('unreadable');
  });
});
