/**
 * A hiring system's page over an applicant's message (issue 22), whatever the system: under the portal's
 * "From:" line, its fields ("Applicant: …", "Requisition: …", "Status: …"), a rule and "Message from
 * applicant:"; under the message, another rule and the page's buttons. The fields are the header's (the
 * job's stays, as a subject does), and the applicant's field names who wrote the message.
 */
import { ATS_APPLICANT_FIELD, ATS_FIELDS, ATS_JOB_FIELD, ATS_MESSAGE_LABEL } from '../lang/en/intake.js';

const APPLICANT = new RegExp(ATS_APPLICANT_FIELD, 'iu');
const FIELD = new RegExp(ATS_FIELDS, 'iu');
const JOB = new RegExp(ATS_JOB_FIELD, 'iu');
const LABEL = new RegExp(ATS_MESSAGE_LABEL, 'iu');
/** A rule drawn across the page: "------", "======". */
const RULE = /^[-=_─━]{5,}$/u;

/** The name in an applicant's field ("Applicant: Mthunzi Dlamini", "Candidate name: Ivy Chen"), or null. */
export const applicantField = (line: string): string | null => APPLICANT.exec(line.trim())?.[1]?.trim() ?? null;

/** The field naming the job applied for: kept with the note, as a mail's subject is. */
export const jobField = (line: string): boolean => JOB.test(line.trim());

/** A hiring system's field: the applicant's, the job's, or one about the application. */
export const atsField = (line: string): boolean =>
  applicantField(line) !== null || jobField(line) || FIELD.test(line.trim());

/** A line of a hiring system's header: a field, a rule, or the label over the applicant's message. */
export const atsHeaderLine = (line: string): boolean =>
  atsField(line) || RULE.test(line.trim()) || LABEL.test(line.trim());

/** The applicant a header block names, when its fields do: the page's first lines only. */
export const headerApplicant = (lines: readonly string[]): string | null =>
  lines.slice(0, 8).map(applicantField).find(Boolean) ?? null;

/** The applicant's message without the page under it: it ends at the rule drawn under it. */
export function messageOnly(lines: readonly string[]): string[] {
  const end = lines.findIndex((l, i) => i > 0 && RULE.test(l.trim()));
  return end === -1 ? [...lines] : lines.slice(0, end);
}
