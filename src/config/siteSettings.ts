/**
 * Where the site is deployed and which repository "Edit this page" points to.
 * The one place to change these; a fork overrides them with environment variables
 * at build time instead of editing code (see README, "Deploying a fork").
 */
export interface SiteSettings {
  /** Origin the site is served from, without a trailing slash: `https://example.org`. */
  readonly url: string;
  /** Path under the origin, with leading and trailing slash: `/` or `/ai-coe-playbook/`. */
  readonly baseUrl: string;
  /** GitHub repository as `owner/name`. */
  readonly repository: string;
  /** Branch that "Edit this page" opens. */
  readonly editBranch: string;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  url: 'https://ai-coe-playbook.github.io',
  baseUrl: '/',
  repository: 'ai-coe-playbook/ai-coe-playbook',
  editBranch: 'main',
};

type Environment = Readonly<Record<string, string | undefined>>;

function readVariable(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parseSiteUrl(raw: string): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${raw}".`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, got "${raw}".`);
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(
      `SITE_URL is only the origin (like https://example.org); put the path "${parsed.pathname}" in BASE_URL instead.`,
    );
  }
  return parsed.origin;
}

/** Accepts `docs`, `/docs`, `docs/` or `/docs/` and returns `/docs/`. */
function normaliseBaseUrl(raw: string): string {
  const segments = raw.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!/^[A-Za-z0-9._~-]+$/.test(segment)) {
      throw new Error(
        `BASE_URL may hold only letters, digits, ".", "_", "~", "-" and "/", got "${raw}".`,
      );
    }
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

function parseRepository(raw: string): string {
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(raw)) {
    throw new Error(`GITHUB_REPOSITORY must look like "owner/name", got "${raw}".`);
  }
  return raw;
}

/** Reads SITE_URL, BASE_URL, GITHUB_REPOSITORY and EDIT_BRANCH, falling back to the defaults. */
export function resolveSiteSettings(env: Environment): SiteSettings {
  const url = readVariable(env, 'SITE_URL');
  const baseUrl = readVariable(env, 'BASE_URL');
  const repository = readVariable(env, 'GITHUB_REPOSITORY');
  const editBranch = readVariable(env, 'EDIT_BRANCH');
  return {
    url: url ? parseSiteUrl(url) : DEFAULT_SITE_SETTINGS.url,
    baseUrl: baseUrl ? normaliseBaseUrl(baseUrl) : DEFAULT_SITE_SETTINGS.baseUrl,
    repository: repository ? parseRepository(repository) : DEFAULT_SITE_SETTINGS.repository,
    editBranch: editBranch ?? DEFAULT_SITE_SETTINGS.editBranch,
  };
}

/** Base of "Edit this page" links; Docusaurus appends the file's path from the site root. */
export function editUrlBase(settings: SiteSettings): string {
  return `https://github.com/${settings.repository}/edit/${settings.editBranch}/`;
}
