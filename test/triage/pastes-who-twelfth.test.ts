import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in the twelfth batch's shapes (issue 22): no word of an app's screen text, a closing, a
 * credential or a job title is a name. A referral portal's notice names the candidate whose message it
 * carries; an organisation in a From field and a mail footer's "Unsubscribe" are nobody; a profile's
 * emoji, a résumé's post-nominals and a header's initial do not hide the name. Notes written for these tests.
 */

const team = referrerNamed('Morgan');

describe("a referral portal's notice over the candidate's own message", () => {
  it('names the candidate, whose own ask it is, not the job line under the notice', () => {
    const result = triage(
      [
        'Harbourview Health · Talent',
        'Referral Request',
        '',
        'Hi Morgan,',
        '',
        'Tomasz Wierzbicki has asked you to refer him for the following position:',
        '',
        'Respiratory Therapist II',
        'Job ID: RT-2024-1187 · Harbourview Main Campus · Nights',
        '',
        'Message from Tomasz Wierzbicki:',
        '"Hi Morgan, we worked the same ventilator weaning study at Saint Brendan\'s in 2022. I\'ve been an RRT on the medical ICU for six years. Last winter I rewrote our weaning protocol checklist and our average ventilator days dropped from 6.1 to 4.3. Would you be willing to refer me? No pressure at all if not."',
        '',
        'Refer Tomasz   |   Not now',
        '',
        'This request closes in 10 days.',
        'You are receiving this email because you joined the Harbourview referral program. Manage notification preferences',
      ].join('\n'),
      team('Respiratory therapy for adult critical care', 'Respiratory Therapist II'),
    );
    expect(result.candidate.name).toBe('Tomasz Wierzbicki');
    expect(result.writer).toBeNull();
    expect(result.signals.onBehalf.present).toBe(false);
  });

  it('a job title is never a name', () => {
    const result = triage(
      [
        'Head Pastry Chef',
        'Req: 2024-55120',
        '',
        'Hi Morgan, could you refer me to this one? I run a pastry team of four.',
      ].join('\n'),
      team('Culinary', 'Head Pastry Chef'),
    );
    expect(result.candidate.name).not.toBe('Head Pastry Chef');
  });
});

describe("an organisation's invitation", () => {
  it('a network in the From field is nobody; the one who signs the panel invitation is its writer', () => {
    const result = triage(
      [
        'Coastal Wetlands Restoration Network <hello@cwrn.example.org>',
        'Tue, Sep 9, 9:40 AM',
        'to me',
        '',
        'Hi Morgan,',
        '',
        "We'd be delighted for you to sit on a panel at our autumn Salt Marsh Forum on October 22 in Beaufort. The panel runs an hour, and panelists get lodging and a mileage stipend.",
        '',
        'Could you tell us by September 26?',
        '',
        'Kind regards,',
        'Hollis Achterberg',
        'Events Lead, CWRN',
        '',
        'Unsubscribe | Privacy policy',
      ].join('\n'),
      team('Coastal restoration field crews', 'Restoration Technician'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.signals.notAReferral.present).toBe(true);
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Hollis Achterberg');
  });

  it("a mail footer's links are no signature name", () => {
    const result = triage(
      [
        'Regional Staffing Benchmark Group <panel@rsbg.example.com>',
        'Wed, Feb 5, 7:00 AM',
        'to me',
        '',
        'Dear Colleague,',
        '',
        'You have been chosen to take part in our 2025 pay and staffing benchmark. The survey takes about 15 minutes, and participants receive the summary report.',
        '',
        'With thanks,',
        'The RSBG Team',
        '',
        'Unsubscribe | Privacy',
      ].join('\n'),
      team('Hospital pharmacy operations', 'Pharmacy Technician'),
    );
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBeNull();
  });
});

describe('a name beside screen furniture', () => {
  it('a DM under a profile top names its writer though an emoji follows the name', () => {
    const result = triage(
      [
        'Delphine R 🚂',
        '@delphine_rails',
        'Joined June 2021 · 88 Followers',
        "hey Morgan!! saw your post about the signal crew. could you refer me to the signal maintainer trainee opening? I've done two summers of track work",
        '9:41 AM',
        'Start a new message',
      ].join('\n'),
      team('Railway signal maintenance', 'Signal Maintainer Trainee'),
    );
    expect(result.candidate.name).toBe('Delphine R');
  });

  it("a painter's own ask to show their work is theirs: they are the candidate", () => {
    const result = triage(
      [
        "Hi Morgan, I follow the gallery on here. I make ceramic sculpture and I'd love a spot in the spring group show.",
        'Could you introduce me to whoever selects artists for the shows, or pass my portfolio to the curators? Thank you!',
        '— Ingrid Solvang',
      ].join('\n'),
      team('Exhibitions and collections', 'Exhibition Preparator'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBe('Ingrid Solvang');
    expect(result.writer).toBeNull();
  });

  it('a customer who asks for whoever books events is its writer, no candidate', () => {
    const result = triage(
      'Hi Morgan, our choir wants to rent the hall for a winter concert. Could you refer me to whoever books private events?\nPriscilla',
      team('Exhibitions and collections', 'Exhibition Preparator'),
    );
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Priscilla');
  });

  it('a résumé name line keeps its name without the post-nominal after its comma', () => {
    const result = triage(
      [
        'Hey Morgan, going for the Senior Medical Coder posting, would you refer me? CV under this. Ta, Bea',
        '',
        'Beatriz Okonkwo-Lane, CPC',
        'Tulsa, OK · (918) 555-0144 · beatriz.ol@example.com',
        '',
        'EXPERIENCE',
        'Medical Coder — Redbud Clinics | 2018–Present',
        '• Cut claim denials for coding errors from 9% to 3% in two years',
      ].join('\n'),
      team('Revenue cycle and coding', 'Senior Medical Coder'),
    );
    expect(result.candidate.name).toBe('Beatriz Okonkwo-Lane');
  });

  it("a header's surname initial is spelled out from the signature under the note", () => {
    const result = triage(
      [
        'Line Maintenance Tech opening',
        'Inbox',
        '',
        'Farrukh T. <farrukh.tashkentov@example.com>',
        'Mon, May 12, 5:55 AM',
        'to me',
        '',
        'Hi Morgan,',
        '',
        "I'm applying for the Line Maintenance Technician opening. I've held my A&P for seven years and cut our overnight check overruns from 14 a month to 3. Would you refer me? Totally fine if not.",
        '',
        'Thanks,',
        '--',
        'Farrukh Tashkentov',
        'A&P Mechanic',
        '(405) 555-0109',
      ].join('\n'),
      team('Aircraft line maintenance', 'Line Maintenance Technician'),
    );
    expect(result.candidate.name).toBe('Farrukh Tashkentov');
  });
});
