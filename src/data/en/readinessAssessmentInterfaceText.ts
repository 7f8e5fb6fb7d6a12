import type {ReadinessAssessmentText} from '../readinessAssessmentInterfaceText';

/**
 * The readiness self-assessment's interface: its buttons, messages, results and saved runs
 * (English here, Vietnamese in src/data/readinessAssessmentInterfaceText.ts).
 */
export const READINESS_ASSESSMENT_TEXT: ReadinessAssessmentText = {
  level: {
    name: (level, name) => `Level ${level} – ${name}`,
    label: (level, name) => `Level ${level} – ${name}:`,
  },
  notAnswered: 'Not answered',
  target: {
    label: 'Target level for every dimension',
    custom: 'A separate target for each dimension (from a file or link)',
  },
  importProblem: {
    'not-json':
      'This file is not a JSON file, so it cannot be read. Your current answers are unchanged.',
    'wrong-format':
      'This file is not an export of the readiness self-assessment. Your current answers are unchanged.',
    'unsupported-version':
      'This data was made by a different version of the playbook and cannot be read. Your current answers are unchanged.',
    'invalid-answers':
      'The file holds questions or levels the playbook does not have, possibly because it was edited by hand. Your current answers are unchanged.',
    'damaged-link':
      'The share link is damaged or has been edited, so the result cannot be shown. The page shows the answers saved in your browser instead.',
  },
  imported: 'Answers imported from the file.',
  reset: {
    button: 'Start over',
    done: 'Answers cleared; your saved assessments are kept.',
  },
  json: {
    fileName: 'readiness-self-assessment.json',
    export: 'Export JSON file',
    import: 'Import JSON file',
    fileLabel: 'Choose a JSON file to import',
  },
  csv: {
    fileName: 'readiness-self-assessment.csv',
    export: 'Export CSV table',
  },
  print: 'Print a one-page report',
  share: {
    button: 'Copy share link',
    label: 'Link to share this result',
    copied: 'Share link copied.',
    copyFailed: 'Your browser did not allow automatic copying; copy the link from the box below.',
    opened:
      'This page is showing a result from a share link. If you change an answer, this result will replace the answers saved in your browser.',
  },
  results: {
    title: 'Self-assessment results',
    answered: (answered, questions) => `${answered} of ${questions} questions answered.`,
    empty: 'Choose a level for each question to see your results.',
    overall: (level, score) => `Overall readiness: ${level} (average score ${score}).`,
    chart:
      'Radar chart of readiness by dimension: the solid line is the current state, the dashed line the target. The figures are in the results table.',
    caption: 'Score and level by dimension',
    score: 'Score (1–4)',
    level: 'Current level',
    target: 'Target',
    gap: 'Gap',
    met: 'Target met',
    below: (gap) => `${gap} below target`,
  },
  dimension: 'Dimension',
  next: {
    title: 'What to do to reach the target',
    dimension: (dimension, level, target) => `${dimension}: from ${level} to ${target}`,
    read: 'Read in the playbook:',
    checklist: 'Related checklist items:',
  },
  runs: {
    title: 'Save and compare assessments',
    name: 'Name for this assessment (optional)',
    save: 'Save this assessment',
    saved: 'This assessment has been saved.',
    compare: 'Compare your current answers with',
    choose: 'Choose a saved assessment',
    caption: (name) => `Change since “${name}”`,
    before: 'Saved',
    after: 'Now',
    change: 'Change',
    unchanged: 'No change',
    up: (amount) => `Up ${amount}`,
    down: (amount) => `Down ${amount}`,
  },
};
