import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  AI_LAW_TRANSITION,
  COMPLIANCE_MAP_PATH,
  DELIVERABLES,
  LEGAL_TEXTS,
  OBLIGATION_IDS,
  OBLIGATIONS,
  obligationsMetIn,
  roleFromQuery,
} from '@site/src/data/compliance';
import {phaseById, PHASES} from '@site/src/data/process';
import {ENGLISH_DOCS_DIR, SOURCE_DOCS_DIR} from '@site/src/config/siteLayout.mjs';

const PAGE_FOLDERS = {
  Vietnamese: SOURCE_DOCS_DIR,
  English: ENGLISH_DOCS_DIR,
} as const;

const pageSource = (folder: string, path: string): string =>
  readFileSync(join(process.cwd(), folder, `${path}.mdx`), 'utf8');

/** A calendar day as a UTC date, or null when the string is not a real YYYY-MM-DD day. */
function realDay(value: string): Date | null {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && date.toISOString().startsWith(value) ? date : null;
}

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

describe('the compliance map’s data', () => {
  it.each(OBLIGATION_IDS)('%s names a provision, a role and a real date', (id) => {
    const obligation = OBLIGATIONS[id];
    expect(Number.isInteger(obligation.provision.article) && obligation.provision.article > 0).toBe(
      true,
    );
    expect(obligation.roles.length, `${id}: no role bears this obligation`).toBeGreaterThan(0);
    expect(new Set(obligation.roles).size, `${id}: a role is listed twice`).toBe(
      obligation.roles.length,
    );
    const applies = realDay(obligation.appliesFrom);
    expect(applies, `${id}: "${obligation.appliesFrom}" is not a date`).not.toBeNull();
    expect(
      applies!.getTime(),
      `${id}: applies before its text ${LEGAL_TEXTS[obligation.provision.text].number} is in force`,
    ).toBeGreaterThanOrEqual(
      realDay(LEGAL_TEXTS[obligation.provision.text].inForceFrom)!.getTime(),
    );
  });

  it('gives the AI law’s transition only to obligations under the AI law', () => {
    const misplaced = OBLIGATION_IDS.filter(
      (id) =>
        'existingSystemsTransition' in OBLIGATIONS[id] &&
        OBLIGATIONS[id].provision.text !== 'ai-law',
    );
    expect(misplaced).toEqual([]);
  });

  it('counts Article 35’s 12 and 18 months from the day the AI law took effect', () => {
    const inForce = LEGAL_TEXTS['ai-law'].inForceFrom;
    expect(AI_LAW_TRANSITION.otherSectors).toBe(addMonths(inForce, 12));
    expect(AI_LAW_TRANSITION.healthEducationFinance).toBe(addMonths(inForce, 18));
  });

  it('links every legal text to a page served over HTTPS', () => {
    for (const text of Object.values(LEGAL_TEXTS)) {
      expect(new URL(text.url).protocol).toBe('https:');
    }
  });

  it('has obligations for every phase, so each phase page has something to list', () => {
    for (const phase of PHASES) {
      expect(obligationsMetIn(phase.id), phase.id).not.toEqual([]);
    }
  });

  describe.each(Object.entries(PAGE_FOLDERS))('in %s', (_language, folder) => {
    it.each(Object.entries(DELIVERABLES))(
      'deliverable %s is a heading on its phase page',
      (_id, deliverable) => {
        const path = phaseById(deliverable.phase).path;
        expect(
          pageSource(folder, path),
          `${folder}${path}.mdx has no heading {#${deliverable.anchor}}`,
        ).toContain(`{#${deliverable.anchor}}`);
      },
    );

    it.each(PHASES.map((phase) => [phase.id, phase.path] as const))(
      'the %s page lists the obligations its deliverables meet',
      (phase, path) => {
        expect(pageSource(folder, path)).toContain(`<PhaseObligationsList phase="${phase}" />`);
      },
    );

    it('the compliance map page shows the map', () => {
      expect(pageSource(folder, COMPLIANCE_MAP_PATH)).toContain('<ComplianceMap />');
    });
  });
});

describe('roleFromQuery', () => {
  it('shows every role when the link names none', () => {
    expect(roleFromQuery('')).toEqual({role: null, invalid: false});
    expect(roleFromQuery('?role=')).toEqual({role: null, invalid: false});
    expect(roleFromQuery('?q=ai')).toEqual({role: null, invalid: false});
  });

  it('reads a role the map knows', () => {
    expect(roleFromQuery('?role=deployer')).toEqual({role: 'deployer', invalid: false});
    expect(roleFromQuery('?x=1&role=provider')).toEqual({role: 'provider', invalid: false});
  });

  it('rejects a doctored or mistyped role', () => {
    for (const search of [
      '?role=Deployer',
      '?role=vendor',
      '?role=%3Cscript%3E',
      '?role=deployer%00',
      `?role=${'a'.repeat(5000)}`,
      '?role=__proto__',
      '?role=toString',
    ]) {
      expect(roleFromQuery(search), search.slice(0, 30)).toEqual({role: null, invalid: true});
    }
  });
});
