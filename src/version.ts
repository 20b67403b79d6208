declare const __VERSION__: string | undefined;

/** The package version; esbuild defines __VERSION__, tests and tsx runs see "dev". */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
export const PROJECT_URL = 'https://github.com/arxiv-curator/arxiv-curator';
export const USER_AGENT = `arxiv-curator/${VERSION} (+${PROJECT_URL})`;
