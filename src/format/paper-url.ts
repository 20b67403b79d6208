import { arxivUrl } from '../list/safe-url.js';

/**
 * How a list writes a link to an arXiv paper: `https://arxiv.org/abs/ID`,
 * `https://www.arxiv.org/abs/ID`, `https://arxiv.org/pdf/IDv1`, `…/pdf/ID.pdf`.
 */
export interface UrlForm {
  www: boolean;
  path: 'abs' | 'pdf' | 'html';
  version: boolean;
  pdfSuffix: boolean;
}

export const DEFAULT_URL_FORM: UrlForm = { www: false, path: 'abs', version: false, pdfSuffix: false };

const ARXIV_URL = /^https?:\/\/(www\.)?arxiv\.org\/(abs|pdf|html)\/[^\s?#]*?(v\d+)?(\.pdf)?\/?(?:[?#].*)?$/i;

/** The form of an arxiv.org paper URL, or null for any other URL. */
export function urlForm(url: string): UrlForm | null {
  const match = ARXIV_URL.exec(url.trim());
  if (!match) return null;
  return {
    www: match[1] !== undefined,
    path: match[2]!.toLowerCase() as UrlForm['path'],
    version: match[3] !== undefined,
    pdfSuffix: match[4] !== undefined,
  };
}

export function formKey(form: UrlForm): string {
  return `${form.www}|${form.path}|${form.version}|${form.pdfSuffix}`;
}

/** The paper's URL in the list's form; the id is checked (it goes into a URL). */
export function paperUrl(arxivId: string, version: number, form: UrlForm): string {
  const base = arxivUrl(arxivId, form.path === 'pdf' ? 'pdf' : 'abs');
  const host = form.www ? base.replace('://arxiv.org/', '://www.arxiv.org/') : base;
  const withPath = form.path === 'html' ? host.replace('/abs/', '/html/') : host;
  const withVersion =
    form.version && Number.isInteger(version) && version > 0 ? `${withPath}v${version}` : withPath;
  return form.pdfSuffix && form.path === 'pdf' ? `${withVersion}.pdf` : withVersion;
}
