import type {DimensionId, MaturityLevel, QuestionId} from '../assessment';
import type {LevelText, DimensionText, QuestionText} from '../assessmentText';

/**
 * What the readiness self-assessment says, in English (Vietnamese in src/data/assessmentText.ts): the
 * guide's four maturity levels as the Assess page names them, the seven dimensions, and for
 * every question what each level looks like in practice. The structure is in assessment.ts.
 */

export const LEVEL_TEXT: Readonly<Record<MaturityLevel, LevelText>> = {
  1: {
    name: 'Starting',
    description: 'Scattered and down to individuals; nothing written down, no one accountable',
  },
  2: {
    name: 'Forming',
    description:
      'A few initiatives or rules, but confined to one unit and dependent on a few people',
  },
  3: {
    name: 'Established',
    description: 'Consistent, documented, applied across units, with clear accountability',
  },
  4: {
    name: 'Embedded',
    description: 'Part of everyday operations, measured and improved on a regular cycle',
  },
};

export const DIMENSION_TEXT: Readonly<Record<DimensionId, DimensionText>> = {
  'strategy-leadership': {
    name: 'Strategy and leadership',
    question: 'Is AI tied to business goals, with someone accountable?',
  },
  data: {
    name: 'Data',
    question: 'Is it good enough, accessible and lawful to process?',
  },
  'technology-platform': {
    name: 'Technology and platform',
    question: 'Can you build, integrate and run models?',
  },
  'people-skills': {
    name: 'People and skills',
    question: 'Do you have people who can build AI, and does the business understand it?',
  },
  'governance-risk-security': {
    name: 'Governance, risk and security',
    question: 'Are there policies, approval processes and security controls for AI?',
  },
  'culture-change': {
    name: 'Culture and change',
    question: 'Are people willing to try new ways of working and share data across departments?',
  },
  operations: {
    name: 'Operations',
    question: 'Can you put models into production, monitor them and keep them running?',
  },
};

export const QUESTION_TEXT: Readonly<Record<QuestionId, QuestionText>> = {
  'business-goals': {
    prompt: 'How closely are AI initiatives tied to business goals?',
    levels: [
      'AI initiatives start from individual interest and tie to no company goal.',
      'A few units tie AI projects to their own goals, but there is no company-wide AI strategy.',
      'A written AI strategy exists; every priority use case is tied to a business goal and a KPI.',
      'The AI strategy is part of the annual business plan and is adjusted based on measured results.',
    ],
  },
  'accountable-sponsor': {
    prompt: 'At leadership level, who is accountable for AI?',
    levels: [
      'No one in senior leadership has been given responsibility for AI.',
      'One leader is interested and supportive, but has no formal mandate and has not committed time.',
      "An executive sponsor is appointed in writing; the AI steering committee's authority is set out in the AI CoE charter.",
      'The AI steering committee meets on a set cadence, minutes its decisions and reviews the use case portfolio every quarter.',
    ],
  },
  funding: {
    prompt: 'How are resources for AI allocated?',
    levels: [
      'AI spending is scattered across unit budgets; no one tracks the total.',
      'A few projects have budgets, approved one proposal at a time.',
      'There is an approved business case and resource plan, funded in tranches with conditions for the next tranche.',
      'Resources are reallocated based on results at every stage gate and every review.',
    ],
  },
  'use-case-selection': {
    prompt: 'How are use cases chosen?',
    levels: [
      'Ideas are pursued wherever they come up; there is no shared list and no selection criteria.',
      "There is a list of ideas, but a few people's opinions decide what goes ahead.",
      'Use cases are scored on a common scale of expected value, feasibility and risk level; the reasons for choosing or setting aside each one are recorded.',
      'The use case portfolio is reviewed regularly; use cases that miss their criteria are stopped and their resources move elsewhere.',
    ],
  },
  'data-quality': {
    prompt: 'Is the data for priority use cases good enough?',
    levels: [
      'Data quality is not measured; data sits scattered across spreadsheets and standalone systems.',
      'A few datasets are cleaned for individual projects, and every project starts the cleanup over.',
      'Key data has an owner, agreed definitions and written quality criteria.',
      'Data quality is measured routinely; errors are caught and fixed at the source.',
    ],
  },
  'data-access': {
    prompt: 'How easily can the people building AI get the data they need?',
    levels: [
      'Getting data means asking person by person, and the wait is often long.',
      'Some units share data through side agreements between department heads.',
      'There is one process for granting data access, with role-based permissions and access logs.',
      'Shared data is available on a shared platform, access is granted through a standard process, and usage is monitored.',
    ],
  },
  'personal-data-basis': {
    prompt: 'Do you know which AI systems process personal data, and on what basis?',
    levels: [
      'No one knows which systems use personal data; employees may be pasting customer data into public AI tools.',
      'Legal has looked at a few systems, but there is no complete list.',
      'For each system, the AI system inventory records the personal data used and whether it is transferred abroad.',
      'The personal data processing impact assessment is updated whenever a system or the way it processes data changes.',
    ],
  },
  'data-in-prompts': {
    prompt: 'Do employees know what data may go into generative AI tools?',
    levels: [
      'There is no guidance; everyone decides for themselves.',
      'There are general reminders by email or in meetings, but data is not sorted into categories.',
      'The acceptable-use policy says which tools may be used with which data categories, on three levels: allowed, allowed with conditions, not allowed.',
      'The policy is backed by technical controls and revisited whenever a new tool or data category appears.',
    ],
  },
  'build-environment': {
    prompt: 'Is there an environment for building and testing models?',
    levels: [
      "Models run on a few engineers' own computers.",
      'One project has its own environment, set up and maintained by the project team itself.',
      'There is a shared development environment, provisioned through a set process and with security controls.',
      'A shared platform lets new teams start without building from scratch; costs are tracked for each use case.',
    ],
  },
  integration: {
    prompt: 'Can AI outputs flow into business systems?',
    levels: [
      'Outputs are copied by hand from spreadsheets into business systems.',
      'One use case is integrated, but in a one-off way that is hard to reuse.',
      'There is a standard way to integrate (APIs, data pipelines) that several use cases reuse.',
      'Integrations are tested automatically and monitored like any other critical business system.',
    ],
  },
  'vendor-management': {
    prompt: 'How are AI vendors chosen and managed?',
    levels: [
      'Units buy AI tools on their own, without due diligence.',
      'The technology team reviews a few large contracts, but there are no common criteria.',
      'There is a vendor due diligence process and a set of required contract clauses on risk classification, incidents and personal data.',
      'Vendors are reviewed regularly against their contractual commitments; the company has an exit plan if it needs one.',
    ],
  },
  'running-costs': {
    prompt: 'Are infrastructure and AI usage costs under control?',
    levels: [
      'No one knows the total spent on cloud computing, software licenses and usage-based fees for AI.',
      'Costs are looked at invoice by invoice, after the money is spent.',
      'Running costs are estimated before each wave and tracked for each use case.',
      'Costs are compared with the value delivered at every review, with alert thresholds for overruns.',
    ],
  },
  builders: {
    prompt: 'Do you have people who can build and validate models?',
    levels: [
      'No one; everything depends on vendors.',
      'One or two people have the skills, do it on top of their day jobs and are hard to replace.',
      'The AI CoE team covers the key roles; missing roles have a plan to hire, train or borrow.',
      'AI talent is deployed to units according to the operating model, with career paths and a retention plan.',
    ],
  },
  'ai-literacy': {
    prompt: 'How well do employees and managers understand AI?',
    levels: [
      'There is no training; understanding depends on what each person teaches themselves.',
      'There have been a few introductory sessions or one course for one group.',
      'A three-tier AI literacy program, for all employees, managers and builders, runs across several units.',
      'AI literacy is a requirement of every role, measured and refreshed as tools change.',
    ],
  },
  'business-ownership': {
    prompt: 'Does the business help define and validate use cases?',
    levels: [
      'The technical team guesses at needs; the business sees only the end result.',
      'A few business experts give input when they have time.',
      'Every use case has a business owner whose time has been confirmed by their line manager.',
      "Business owners present results at every stage gate and are accountable for their use case's KPIs.",
    ],
  },
  'workforce-planning': {
    prompt: "Is the company preparing for the ways AI will change people's work?",
    levels: [
      'HR is not involved; no one has looked at which jobs AI will change.',
      'HR helps recruit for AI projects when asked.',
      'HR and the AI CoE team plan skills together and update job descriptions for affected roles.',
      'The annual workforce plan accounts for AI; the impact on each job family is tracked.',
    ],
  },
  'system-inventory': {
    prompt: 'Do you know which AI systems the company uses?',
    levels: [
      'There is no list; no one knows every AI tool in use.',
      'The technology team lists its own AI projects, but bought solutions and tools employees use on their own are missing.',
      "A complete AI system inventory records each system's company role, risk level, personal data and compliance deadline.",
      'The inventory is updated whenever a new system arrives or a change raises the risk, and it is checked at every review.',
    ],
  },
  'governance-policy': {
    prompt: 'Does the company have an AI governance policy?',
    levels: [
      'There are no rules specific to AI.',
      'There are a few scattered rules, such as a notice not to paste customer data into chatbots, applied in one unit.',
      'An AI governance policy has been issued and announced to all employees, and it says who approves what.',
      'The policy is revisited regularly in light of incidents, new legislation and review findings.',
    ],
  },
  'risk-classification': {
    prompt: 'Is the risk of each AI system classified and controlled?',
    levels: [
      'Risk is not considered before AI goes into use.',
      'Risk is considered project by project, not on a common scale.',
      'Every system is rated high, medium or low risk, with matching controls and a classification dossier where one is needed.',
      'High-risk systems have their own risk review schedule; the results are reported to the AI steering committee.',
    ],
  },
  'ai-security': {
    prompt: 'Are AI systems secured against the risks specific to AI?',
    levels: [
      'AI systems get no security review of their own.',
      'General information security checks apply, without AI-specific risks such as prompt injection.',
      'Generative AI applications are evaluated and red-teamed before they go into use.',
      'The test question set is rerun whenever the model, system prompt or data sources change.',
    ],
  },
  experimentation: {
    prompt: 'Are people willing to try new ways of working?',
    levels: [
      'Experiments are seen as risky; failures lead to blame.',
      'A few teams experiment because a department head backs them.',
      'There is a clear way to propose and test ideas; stopping on criteria written in advance counts as a valid outcome.',
      'Controlled experiments are part of everyday work; lessons are shared across the company.',
    ],
  },
  'cross-team-sharing': {
    prompt: 'Do departments share data and experience with one another?',
    levels: [
      'Each department keeps its data to itself and is reluctant to share.',
      'Some departments share through personal relationships.',
      'The AI CoE team and departments work from a shared backlog on a shared working rhythm.',
      "Collaboration across departments is tracked and recognized as part of people's performance.",
    ],
  },
  'innovation-champions': {
    prompt: 'Do units have innovation champions?',
    levels: [
      'No one plays this role.',
      'A few enthusiasts step forward on their own, with no time set aside for it.',
      'Each main unit has an appointed innovation champion who proposes and pilots use cases.',
      "A network of innovation champions meets regularly and feeds colleagues' feedback into the improvement backlog.",
    ],
  },
  'change-plan': {
    prompt: 'Is the change AI brings communicated and managed?',
    levels: [
      'Employees hear about AI projects through rumor; no one answers their job concerns.',
      'Tools are announced at launch, but there is no change plan.',
      'Every use case has a change and communication plan with someone responsible for it.',
      'Adoption and employee feedback are tracked and used to adjust the rollout.',
    ],
  },
  'path-to-production': {
    prompt: 'Can models get from proof of concept (PoC) to production?',
    levels: [
      'PoCs stop at the demo; no model has reached production.',
      'A few models have reached production, each in a different way, depending on who built it.',
      'Every use case moves through PoC, pilot, production and scale, separated by stage gates with go/no-go criteria written in advance.',
      'Putting models into production is standardized and automated through MLOps, for every use case.',
    ],
  },
  'model-monitoring': {
    prompt: 'Are models in production monitored?',
    levels: [
      'No one watches them; errors surface only when users complain.',
      'The project team checks by hand now and then.',
      'A dashboard and technical alerts cover model quality, data drift, cost and incidents.',
      'Monitoring runs on three tiers, technical, use case and portfolio, reviewed weekly, monthly and quarterly.',
    ],
  },
  'incident-handling': {
    prompt: 'How are AI incidents handled?',
    levels: [
      'There is no process; it is unclear who may pause a system.',
      'Incidents go through the general IT incident process.',
      'A written process for handling incidents and personal data requests names the error-reporting channel, who is on call and who may pause a system.',
      'The process has been rehearsed; every incident leads to at least one item in the improvement backlog.',
    ],
  },
  continuity: {
    prompt: 'Do models have someone to maintain them, and a backup?',
    levels: [
      'A model depends on one person; if that person leaves, no one can run it.',
      'A few models are documented, but no one is trained as backup.',
      'Every system has a business owner, a technical contact and enough documentation for someone else to run it.',
      'Models are retrained and validated on a schedule or when data drift appears; every change is recorded.',
    ],
  },
};

/** Column headers of the CSV table a reader downloads of their answers. */
export const EXPORT_COLUMNS = {
  dimension: 'Dimension',
  question: 'Question',
  level: 'Level',
  levelName: 'Level name',
  description: 'What the chosen level looks like',
} as const;

/**
 * The guide's headings the self-assessment links to, as "page: heading", keyed by the link
 * (`path#anchor` as in assessment.ts). The page checks hold them to the headings.
 */
export const SECTION_TITLES: Readonly<Record<string, string>> = {
  '/chuyen-sau/ai-tao-sinh-va-tac-tu#data-in-prompts':
    'Generative AI and AI agents: What data may go into a prompt',
  '/chuyen-sau/ai-tao-sinh-va-tac-tu#evaluation-and-red-teaming':
    'Generative AI and AI agents: Evaluation and red teaming',
  '/chuyen-sau/con-nguoi-va-ky-nang#ai-literacy':
    'People and skills for AI: AI literacy for every employee',
  '/chuyen-sau/con-nguoi-va-ky-nang#change-and-communication':
    'People and skills for AI: Change and communication plan',
  '/chuyen-sau/con-nguoi-va-ky-nang#hire-train-borrow':
    'People and skills for AI: Hire, train or borrow',
  '/chuyen-sau/con-nguoi-va-ky-nang#roles': 'People and skills for AI: The roles an AI CoE needs',
  '/chuyen-sau/don-vi-cung-ung-va-chi-phi#due-diligence':
    'Vendors and the cost of AI: Vendor due diligence',
  '/chuyen-sau/don-vi-cung-ung-va-chi-phi#running-costs':
    'Vendors and the cost of AI: What AI costs to run',
  '/chuyen-sau/mo-hinh-van-hanh#reporting-line':
    'AI CoE operating models: Where the AI CoE reports',
  '/hop-tac#innovation-champions': 'Collaborating for success: Innovation champions',
  '/hop-tac#senior-leadership': 'Collaborating for success: The role of senior leadership',
  '/hop-tac#working-rhythm': 'Collaborating for success: A shared working rhythm',
  '/quy-trinh/ban-do-tuan-thu#map': 'AI compliance map: The obligations map',
  '/quy-trinh/chuan-bi#business-case': 'Prepare: Build the business case for AI',
  '/quy-trinh/chuan-bi#form-the-team': 'Prepare: Form the AI CoE team',
  '/quy-trinh/chuan-bi#resources': 'Prepare: Identify the resources you need',
  '/quy-trinh/danh-gia#ai-system-inventory': 'Assess: AI system inventory and risk classification',
  '/quy-trinh/danh-gia#current-state': 'Assess: Assess the current state of AI',
  '/quy-trinh/danh-gia#stakeholder-input': 'Assess: Gather stakeholder input',
  '/quy-trinh/lap-ke-hoach#governance': 'Plan: Establish AI governance',
  '/quy-trinh/lap-ke-hoach#poc-to-scale': 'Plan: From proof of concept (PoC) to scale',
  '/quy-trinh/lap-ke-hoach#strategy-and-action-plan': 'Plan: Set the AI strategy and action plan',
  '/quy-trinh/theo-doi-va-cai-tien#incident-and-rights-handling':
    'Monitor and Improve: Handling incidents and personal data requests',
  '/quy-trinh/theo-doi-va-cai-tien#monitoring':
    'Monitor and Improve: Set up monitoring and evaluation',
  '/tac-dong-cua-ai#personal-data-law':
    'How AI is changing the enterprise: Personal Data Protection Law',
};

export const sectionKey = ({path, anchor}: {path: string; anchor: string}): string =>
  `${path}#${anchor}`;
