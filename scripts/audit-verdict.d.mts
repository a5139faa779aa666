export type AuditVerdict = 'pass' | 'fail' | 'unreachable' | 'unreadable';
export function auditVerdict(stdout: string): { verdict: AuditVerdict; summary: string };
