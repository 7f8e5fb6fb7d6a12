import type {MaturityLevel} from '@site/src/data/assessment';
import {LEVEL_TEXT} from '@site/src/data/assessmentText';
import {READINESS_ASSESSMENT_TEXT} from '@site/src/data/readinessAssessmentInterfaceText';

/** A score to one decimal, as the reader's language writes it (2,5 in Vietnamese). */
export function formatScore(score: number | null, locale: string): string {
  if (score === null) return READINESS_ASSESSMENT_TEXT.notAnswered;
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN', {
    maximumFractionDigits: 1,
  }).format(score);
}

export function levelWords(level: MaturityLevel | null): string {
  if (level === null) return READINESS_ASSESSMENT_TEXT.notAnswered;
  return READINESS_ASSESSMENT_TEXT.level.name(level, LEVEL_TEXT[level].name);
}
