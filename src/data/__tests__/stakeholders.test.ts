import {describe, expect, it} from 'vitest';
import {COLLABORATION_CIRCLES, PHASE_ROLE_NOTES} from '@site/src/data/collaboration';
import {PHASE_ORDER} from '@site/src/data/phases';
import {
  INVOLVEMENT_LABELS,
  INVOLVEMENT_ORDER,
  STAKEHOLDER_ORDER,
  STAKEHOLDERS,
} from '@site/src/data/stakeholders';

describe('stakeholder data (src/data/stakeholders.ts)', () => {
  it('keys every stakeholder by its own id', () => {
    for (const [key, stakeholder] of Object.entries(STAKEHOLDERS)) {
      expect(stakeholder.id, `STAKEHOLDERS["${key}"] has id "${stakeholder.id}"`).toBe(key);
    }
  });

  it('lists every stakeholder exactly once in the display order', () => {
    const repeated = STAKEHOLDER_ORDER.filter(
      (id, index) => STAKEHOLDER_ORDER.indexOf(id) !== index,
    );
    expect(repeated, 'STAKEHOLDER_ORDER lists these twice').toEqual([]);
    expect([...STAKEHOLDER_ORDER].sort()).toEqual(Object.keys(STAKEHOLDERS).sort());
  });

  it('says, for every phase, how each stakeholder takes part and what is asked of them', () => {
    for (const id of STAKEHOLDER_ORDER) {
      for (const phase of PHASE_ORDER) {
        const entry = STAKEHOLDERS[id].phases[phase.id];
        expect(entry, `${id} has no entry for phase ${phase.id}`).toBeDefined();
        expect(
          INVOLVEMENT_ORDER,
          `${id} / ${phase.id}: unknown role "${entry.involvement}"`,
        ).toContain(entry.involvement);
        expect(entry.ask.trim(), `${id} / ${phase.id}: say what the phase asks of them`).not.toBe(
          '',
        );
      }
    }
  });

  it('gives every phase at least one lead', () => {
    for (const phase of PHASE_ORDER) {
      const leads = STAKEHOLDER_ORDER.filter(
        (id) => STAKEHOLDERS[id].phases[phase.id].involvement === 'leads',
      );
      expect(leads.length, `nobody leads ${phase.title}`).toBeGreaterThan(0);
    }
  });

  it('labels every role', () => {
    for (const involvement of INVOLVEMENT_ORDER) {
      expect(INVOLVEMENT_LABELS[involvement]).toBeTruthy();
    }
  });
});

describe('collaboration data (src/data/collaboration.ts)', () => {
  it('has the source’s three circles, whose members all exist and appear once', () => {
    expect(COLLABORATION_CIRCLES.map((circle) => circle.id)).toEqual([
      'departments',
      'innovators',
      'leadership',
    ]);
    const members = COLLABORATION_CIRCLES.flatMap((circle) => circle.members);
    for (const member of members) {
      expect(STAKEHOLDERS[member], `a circle names unknown stakeholder "${member}"`).toBeDefined();
    }
    expect(new Set(members).size, 'a stakeholder sits in two circles').toBe(members.length);
  });

  it('names the five departments the source lists', () => {
    const departments = COLLABORATION_CIRCLES.find((circle) => circle.id === 'departments');
    expect(departments?.members).toEqual(['technology', 'data', 'hr', 'operations', 'risk']);
    expect(departments?.sourceText).toBe(
      'Các bộ phận như công nghệ, dữ liệu, nhân sự, vận hành và quản lý rủi ro.',
    );
  });

  it('has a note for every phase', () => {
    for (const phase of PHASE_ORDER) {
      expect(PHASE_ROLE_NOTES[phase.id]?.trim(), `no role note for ${phase.id}`).toBeTruthy();
    }
  });
});
