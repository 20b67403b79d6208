import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/feed-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/curate/links.ts
var HOSTS = String.raw`(?:www\.)?(?:github\.com|gitlab\.com|huggingface\.co|[A-Za-z0-9-]+\.github\.io)`;
var URL_PATTERN = new RegExp(
  String.raw`https?://[^\s<>"{}|\\^\x60]+|(?<![\w.@/-])${HOSTS}/[^\s<>"{}|\\^\x60]*`,
  "gi"
);
var SPLIT_AFTER_HOST = new RegExp(String.raw`(https?://${HOSTS}/)\s+(?=[\w.-]+/[\w.-]+)`, "gi");
var SPLIT_AFTER_SCHEME = /(https?:\/\/)\s+(?=[\w-]+(?:\.[\w-]+)+\/)/gi;
var LINK_ANCHOR = /http|github|gitlab|huggingface/gi;
var SPACE = /\s/;
var INTRODUCED_AS_PROJECT = /(?:project|website|homepage|home page|web page|webpage)\b[^.;]{0,25}$/i;
var NAME = /^[\w.-]+$/;
var GITHUB_NOT_REPOS = /* @__PURE__ */ new Set([
  "orgs",
  "topics",
  "features",
  "sponsors",
  "marketplace",
  "settings",
  "about",
  "login",
  "apps"
]);
var HF_NOT_REPOS = /* @__PURE__ */ new Set([
  "papers",
  "docs",
  "blog",
  "collections",
  "organizations",
  "learn",
  "login",
  "join",
  "tasks"
]);
function trimTrailing(url) {
  let out = url;
  for (; ; ) {
    const last = out.at(-1);
    if (last === void 0) return out;
    if (`.,;:!?'"*`.includes(last)) {
      out = out.slice(0, -1);
      continue;
    }
    const pairs = { ")": "(", "]": "[" };
    const open = pairs[last];
    if (open !== void 0 && count(out, last) > count(out, open)) {
      out = out.slice(0, -1);
      continue;
    }
    return out;
  }
}
function count(text, ch) {
  return text.split(ch).length - 1;
}
function repoName(segment) {
  if (segment === void 0) return null;
  const name = segment.replace(/\.git$/i, "");
  return NAME.test(name) && name !== "." && name !== ".." ? name : null;
}
function classify(raw, before) {
  let url;
  try {
    url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const segments = url.pathname.split("/").filter((s) => s !== "");
  const base = `${url.protocol}//${host}`;
  if (host === "github.com") {
    const [owner, repoSegment] = segments;
    const repo = repoName(repoSegment);
    if (owner === void 0 || repo === null || GITHUB_NOT_REPOS.has(owner.toLowerCase()) || !NAME.test(owner))
      return null;
    return { kind: "code", url: `${base}/${owner}/${repo}` };
  }
  if (host === "gitlab.com") {
    const dash = segments.indexOf("-");
    const path = (dash < 0 ? segments : segments.slice(0, dash)).map((s) => s.replace(/\.git$/i, ""));
    if (path.length < 2 || !path.every((s) => NAME.test(s))) return null;
    return { kind: "code", url: `${base}/${path.join("/")}` };
  }
  if (host === "huggingface.co") return classifyHuggingFace(base, segments);
  if (host.endsWith(".github.io")) return { kind: "project", url: `${base}${url.pathname}${url.search}` };
  if (INTRODUCED_AS_PROJECT.test(before)) return { kind: "project", url: url.href };
  return null;
}
function classifyHuggingFace(base, segments) {
  const [first, ...rest] = segments;
  if (first === void 0) return null;
  const typed = { datasets: "dataset", spaces: "demo", models: "model" };
  const kind = typed[first];
  const [owner, nameSegment] = kind === void 0 ? [first, rest[0]] : rest;
  const name = repoName(nameSegment);
  if (owner === void 0 || name === null || !NAME.test(owner)) return null;
  if (kind === void 0 && HF_NOT_REPOS.has(owner.toLowerCase())) return null;
  const prefix = kind === void 0 || kind === "model" ? "" : `/${first}`;
  return { kind: kind ?? "model", url: `${base}${prefix}/${owner}/${name}` };
}
function anchoredWords(text) {
  const words = [];
  LINK_ANCHOR.lastIndex = 0;
  for (let anchor = LINK_ANCHOR.exec(text); anchor !== null; anchor = LINK_ANCHOR.exec(text)) {
    let start = anchor.index;
    while (start > 0 && !SPACE.test(text[start - 1])) start--;
    let end = LINK_ANCHOR.lastIndex;
    while (end < text.length && !SPACE.test(text[end])) end++;
    words.push([start, end]);
    LINK_ANCHOR.lastIndex = end;
  }
  return words;
}
function linksIn(text, source) {
  LINK_ANCHOR.lastIndex = 0;
  if (!LINK_ANCHOR.test(text)) return [];
  const joined = text.replace(SPLIT_AFTER_SCHEME, "$1").replace(SPLIT_AFTER_HOST, "$1");
  const found = [];
  for (const [start, end] of anchoredWords(joined)) {
    for (const match of joined.slice(start, end).matchAll(URL_PATTERN)) {
      const at = start + match.index;
      const raw = trimTrailing(match[0]);
      const before = joined.slice(Math.max(0, at - 40), at);
      const link = classify(raw, before);
      if (link) found.push({ ...link, source });
    }
  }
  return found;
}
function sameLink(url) {
  return url.replace(/^http:/i, "https:").replace(/\/+$/, "").toLowerCase();
}
function findLinks(paper) {
  try {
    const all = [...linksIn(paper.abstract ?? "", "abstract"), ...linksIn(paper.comment ?? "", "comment")];
    const seen = /* @__PURE__ */ new Set();
    return all.filter((link) => {
      const key = sameLink(link.url);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  } catch {
    return [];
  }
}

// src/curate/match.ts
var NON_ASCII = /[\u0080-\uffff]/;
var HYPHEN_CHARS = /* @__PURE__ */ new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013"]);
function canonicalGlue(raw) {
  if (raw === " " || isSingleHyphen(raw)) return " ";
  let out = "";
  let space = false;
  for (const ch of raw) {
    if (ch.trim() === "" || HYPHEN_CHARS.has(ch)) {
      space = true;
      continue;
    }
    if (space && out !== "") out += " ";
    space = false;
    out += ch;
  }
  return out === "" ? " " : space ? `${out} ` : out;
}
function lower(text) {
  return (NON_ASCII.test(text) ? text.normalize("NFKC") : text).toLowerCase();
}
var SEPARATORS = /([^\p{L}\p{N}]+)/u;
function isApostrophe(code) {
  return code === 39 || code === 8217;
}
function isSingleHyphen(raw) {
  return raw.length === 1 && HYPHEN_CHARS.has(raw);
}
function isApostropheRun(separator) {
  return separator.length === 1 && isApostrophe(separator.charCodeAt(0));
}
function separatorAfter(parts, i) {
  const last = parts.length - 1;
  let separator = i + 1;
  if (separator < last && parts[separator + 1] === "s" && isApostropheRun(parts[separator])) separator += 2;
  return separator >= last || parts[separator + 1] === "" ? -1 : separator;
}
function scan(text) {
  const words = [];
  const glue = [];
  let joins = null;
  const parts = text.split(SEPARATORS);
  for (let i = parts[0] === "" ? 2 : 0; i < parts.length; ) {
    const word = parts[i];
    if (word === "") break;
    words.push(word);
    const separator = separatorAfter(parts, i);
    if (separator < 0) break;
    const raw = parts[separator];
    if (raw === " ") glue.push(" ");
    else {
      if (isSingleHyphen(raw)) (joins ??= []).push(glue.length);
      glue.push(canonicalGlue(raw));
    }
    i = separator + 1;
  }
  return { spaced: { words, glue }, joins };
}
var NONE = Object.freeze([]);
function joinedStream({ words, glue }, joins) {
  const joined = { words: [], glue: [] };
  const merged = [];
  let current = words[0];
  let next = 0;
  for (let i = 0; i < glue.length; i++) {
    if (joins[next] === i) {
      next += 1;
      if (merged.at(-1) !== joined.words.length) merged.push(joined.words.length);
      current += words[i + 1];
    } else {
      joined.words.push(current);
      joined.glue.push(glue[i]);
      current = words[i + 1];
    }
  }
  joined.words.push(current);
  return { spaced: { words, glue }, joined, joins, merged };
}
function prepareText(text) {
  const { spaced, joins } = scan(lower(text));
  return joins === null ? { spaced, joined: spaced, joins: NONE, merged: NONE } : joinedStream(spaced, joins);
}
function pluralsOf(word) {
  return new RegExp("\\p{L}$", "u").test(word) ? [`${word}s`, `${word}es`] : null;
}
function lastWordMatches(word, pattern) {
  const want = pattern.words[pattern.words.length - 1];
  if (pattern.prefix) return word.startsWith(want);
  const plurals = pattern.plurals;
  return word === want || plurals !== null && (word === plurals[0] || word === plurals[1]);
}
function matchesFrom(stream, at, pattern) {
  const last = pattern.words.length - 1;
  if (at + last >= stream.words.length) return false;
  for (let j = 1; j <= last; j++) {
    if (stream.glue[at + j - 1] !== pattern.glue[j - 1]) return false;
    const word = stream.words[at + j];
    if (j === last ? !lastWordMatches(word, pattern) : word !== pattern.words[j]) return false;
  }
  return true;
}
function touchesJoin(joins, at, length) {
  for (const join of joins) {
    if (join >= at + length) return false;
    if (join >= at - 1) return true;
  }
  return false;
}
var PatternTable = class {
  byWord = /* @__PURE__ */ new Map();
  prefixWords = [];
  /** The longest pattern, in words. */
  longest = 0;
  add(pattern) {
    this.longest = Math.max(this.longest, pattern.words.length);
    if (pattern.prefix && pattern.words.length === 1) {
      this.prefixWords.push(pattern);
      return;
    }
    this.file(pattern.words[0], { pattern, plural: false });
    if (pattern.words.length === 1 && pattern.plurals !== null) {
      this.file(pattern.plurals[0], { pattern, plural: true });
      this.file(pattern.plurals[1], { pattern, plural: true });
    }
  }
  file(word, filed) {
    const list = this.byWord.get(word) ?? [];
    list.push(filed);
    this.byWord.set(word, list);
  }
  get empty() {
    return this.byWord.size === 0 && this.prefixWords.length === 0;
  }
  /**
   * Adds the patterns that match the stream at `from … to - 1`. With `joins` (the text's join
   * places), patterns marked `joinedOnly` count only on words that no hyphen joins: they are joined
   * spellings, which a spaced stream holds only where no joining happened.
   */
  collect(stream, found, from = 0, to = stream.words.length, joins = NONE) {
    const { words } = stream;
    const prefixes = this.prefixWords;
    for (let at = from; at < to; at++) {
      const word = words[at];
      const filed = this.byWord.get(word);
      if (filed !== void 0) {
        for (let k = 0; k < filed.length; k++) {
          const { pattern, plural } = filed[k];
          if (found.has(pattern.phrase)) continue;
          if (pattern.words.length > 1 && (plural || !matchesFrom(stream, at, pattern))) continue;
          if (pattern.joinedOnly && touchesJoin(joins, at, pattern.words.length)) continue;
          found.add(pattern.phrase);
        }
      }
      for (let k = 0; k < prefixes.length; k++) {
        const pattern = prefixes[k];
        const prefix = pattern.words[0];
        if (word.charCodeAt(0) !== prefix.charCodeAt(0) || !word.startsWith(prefix)) continue;
        if (pattern.joinedOnly && touchesJoin(joins, at, 1)) continue;
        found.add(pattern.phrase);
      }
    }
  }
};
function toPattern(phrase, stream, prefix, joinedOnly) {
  if (stream.words.length === 0) return null;
  const plurals = pluralsOf(stream.words.at(-1));
  return { phrase, words: stream.words, glue: stream.glue, prefix, plurals, joinedOnly };
}
var PhraseSet = class {
  constructor(phrases, options = {}) {
    this.phrases = phrases;
    const joinHyphens = options.joinHyphens !== false;
    phrases.forEach((phrase, index) => {
      const prefix = phrase.trimEnd().endsWith("*");
      const prepared = prepareText(prefix ? phrase.trimEnd().slice(0, -1) : phrase);
      const spacedPattern = toPattern(index, prepared.spaced, prefix, false);
      if (spacedPattern === null) return;
      this.spaced.add(spacedPattern);
      if (!joinHyphens) return;
      const differs = prepared.joined !== prepared.spaced;
      const joinedPattern = toPattern(index, prepared.joined, prefix, differs);
      this.joined.add(joinedPattern);
      if (differs) this.spaced.add(joinedPattern);
    });
  }
  phrases;
  /** Every phrase spaced, and the joined spellings that differ, marked `joinedOnly`. */
  spaced = new PatternTable();
  /** Every phrase in its joined spelling, for the joined stream around merged words. */
  joined = new PatternTable();
  /** Indexes (into `phrases`) of the phrases found in the text. */
  matches(text) {
    const found = /* @__PURE__ */ new Set();
    if (this.spaced.empty) return found;
    this.spaced.collect(text.spaced, found, 0, text.spaced.words.length, text.joins);
    if (this.joined.empty) return found;
    let next = 0;
    for (const word of text.merged) {
      const from = Math.max(next, word - this.joined.longest + 1);
      this.joined.collect(text.joined, found, from, word + 1);
      next = word + 1;
    }
    return found;
  }
};

// src/curate/phrase-hits.ts
function scoringPhrases(scoring) {
  const terms = scoring.terms.filter((t) => t.weight !== 0);
  const excludes = scoring.exclude;
  return {
    terms,
    excludes,
    set: new PhraseSet([...terms.map((t) => t.phrase), ...excludes.map((e) => e.phrase)])
  };
}
function createPhraseFinder(scoring) {
  const { set } = scoringPhrases(scoring);
  return {
    phrases: set.phrases.length,
    find: (paper) => ({
      title: set.matches(prepareText(paper.title)),
      abstract: set.matches(prepareText(paper.abstract))
    })
  };
}

// src/cli/inputs.ts
import { existsSync, readFileSync } from "node:fs";

// src/arxiv/errors.ts
var ArxivTransientError = class extends Error {
  constructor(kind, message, details = {}) {
    super(message);
    this.kind = kind;
    this.details = details;
  }
  kind;
  details;
  name = "ArxivTransientError";
};
var ArxivApiError = class extends Error {
  constructor(arxivMessage, status = null) {
    super(`arXiv rejected the query${status === null ? "" : ` (HTTP ${status})`}: "${arxivMessage}"`);
    this.arxivMessage = arxivMessage;
    this.status = status;
  }
  arxivMessage;
  status;
  name = "ArxivApiError";
};

// src/arxiv/ids.ts
var NEW_ID = String.raw`\d{4}\.\d{4,5}`;
var OLD_ID = String.raw`[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}`;
var ID_WITH_VERSION = new RegExp(String.raw`^(${NEW_ID}|${OLD_ID})(?:v(\d+))?$`);
function parseArxivId(text) {
  const match = ID_WITH_VERSION.exec(text.trim());
  if (!match) return null;
  return { arxivId: match[1], version: match[2] === void 0 ? null : Number(match[2]) };
}
function compareArxivIds(a, b) {
  const key = (id) => {
    const slash = id.indexOf("/");
    if (slash < 0) {
      const [yymm, num] = id.split(".");
      const year2 = Number(yymm.slice(0, 2));
      return `${year2 >= 91 ? "19" : "20"}${yymm}.${num.padStart(5, "0")}`;
    }
    const digits = id.slice(slash + 1);
    const year = Number(digits.slice(0, 2));
    return `${year >= 91 ? "19" : "20"}${digits.slice(0, 4)}.0${digits.slice(4)}|${id.slice(0, slash)}`;
  };
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// src/arxiv/merge.ts
function mergePapers(papers) {
  const byId = /* @__PURE__ */ new Map();
  for (const paper of papers) keepHighestVersion(byId, paper);
  return [...byId.values()].sort(newestFirst);
}
function keepHighestVersion(byId, paper) {
  const seen = byId.get(paper.arxivId);
  if (seen === void 0 || paper.version > seen.version) byId.set(paper.arxivId, paper);
}
function newestFirst(a, b) {
  const byDate = timestamp(b.published) - timestamp(a.published);
  return byDate !== 0 ? byDate : compareArxivIds(b.arxivId, a.arxivId);
}
function timestamp(iso) {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

// src/arxiv/entities.ts
var ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeXmlEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, hex, dec, name) => {
    if (name !== void 0) return NAMED[name];
    const code = hex !== void 0 ? parseInt(hex, 16) : Number(dec);
    if (code === 0 || code > 1114111 || code >= 55296 && code <= 57343) return whole;
    return String.fromCodePoint(code);
  });
}

// src/arxiv/xml-elements.ts
var XmlSyntaxError = class extends Error {
  name = "XmlSyntaxError";
};
var NO_ATTRIBUTES = Object.freeze({});
var NO_CHILDREN = Object.freeze([]);
var LT = 60;
var GT = 62;
var SLASH = 47;
var BANG = 33;
var QUESTION = 63;
function localName(tag) {
  const colon = tag.indexOf(":");
  return colon < 0 ? tag : tag.slice(colon + 1);
}
function isSpace(code) {
  return code === 32 || code === 10 || code === 9 || code === 13;
}
function where(xml, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf("\n"); i >= 0 && i < offset; i = xml.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
function readXmlElements(xml) {
  const root = { name: "", attributes: NO_ATTRIBUTES, children: NO_CHILDREN, text: "" };
  const stack = [{ element: root, tag: "", children: null, pieces: null }];
  const fail = (message, offset) => {
    throw new XmlSyntaxError(`${message} at ${where(xml, offset)}`);
  };
  const interrupt = (open, start, end) => {
    open.pieces ??= [];
    if (end > start) open.pieces.push(xml.slice(start, end));
  };
  const length = xml.length;
  let at = 0;
  for (; ; ) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) break;
    const open = stack[stack.length - 1];
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) {
      const gt2 = xml.indexOf(">", lt);
      if (gt2 < 0) fail("an end tag is not closed", lt);
      const tag2 = xml.slice(lt + 2, gt2).trim();
      if (stack.length === 1) fail(`</${tag2}> closes nothing`, lt);
      if (tag2 !== open.tag) fail(`</${tag2}> does not close <${open.tag}>`, lt);
      const element2 = open.element;
      if (open.pieces === null) element2.text = xml.slice(at, lt);
      else {
        interrupt(open, at, lt);
        element2.text = open.pieces.join("");
      }
      if (open.children !== null) element2.children = open.children;
      stack.pop();
      at = gt2 + 1;
      continue;
    }
    if (next === BANG) {
      interrupt(open, at, lt);
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) fail("a comment is not closed", lt);
        at = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) fail("a CDATA section is not closed", lt);
        open.pieces.push(xml.slice(lt + 9, end).replace(/&/g, "&amp;"));
        at = end + 3;
      } else {
        let i = lt + 2;
        let depth = 0;
        for (; i < length; i++) {
          const code = xml.charCodeAt(i);
          if (code === 91) depth += 1;
          else if (code === 93) depth -= 1;
          else if (code === GT && depth <= 0) break;
        }
        if (i >= length) fail("a declaration is not closed", lt);
        at = i + 1;
      }
      continue;
    }
    if (next === QUESTION) {
      interrupt(open, at, lt);
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) fail("a processing instruction is not closed", lt);
      at = end + 2;
      continue;
    }
    let gt = lt + 1;
    let quote = 0;
    for (; gt < length; gt++) {
      const code = xml.charCodeAt(gt);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === GT) break;
      else if (code === LT) fail("a start tag is not closed", lt);
    }
    if (gt >= length) fail("a start tag is not closed", lt);
    interrupt(open, at, lt);
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const tag = xml.slice(lt + 1, nameEnd);
    if (tag === "") fail("a tag has no name", lt);
    const element = {
      name: localName(tag),
      attributes: nameEnd < bodyEnd ? readAttributes(xml.slice(nameEnd, bodyEnd)) : NO_ATTRIBUTES,
      children: NO_CHILDREN,
      text: ""
    };
    (open.children ??= []).push(element);
    if (!selfClosing) stack.push({ element, tag, children: null, pieces: null });
    at = gt + 1;
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1].tag}> is not closed`, length);
  if (stack[0].children !== null) root.children = stack[0].children;
  return root;
}
function readAttributes(source) {
  if (!source.includes("=")) return NO_ATTRIBUTES;
  const attributes = {};
  const length = source.length;
  let at = 0;
  while (at < length) {
    while (at < length && isSpace(source.charCodeAt(at))) at++;
    const nameStart = at;
    while (at < length && !isSpace(source.charCodeAt(at)) && source[at] !== "=") at++;
    const name = source.slice(nameStart, at);
    while (at < length && isSpace(source.charCodeAt(at))) at++;
    if (source[at] !== "=") continue;
    at++;
    while (at < length && isSpace(source.charCodeAt(at))) at++;
    const quote = source[at];
    if (quote !== '"' && quote !== "'") continue;
    const end = source.indexOf(quote, at + 1);
    if (end < 0) break;
    if (name !== "") attributes[localName(name)] = source.slice(at + 1, end);
    at = end + 1;
  }
  return attributes;
}

// src/arxiv/parse.ts
var ERROR_ENTRY_ID = /arxiv\.org\/api\/errors/i;
function parseFeed(xml) {
  checkWholeFeed(xml);
  let document;
  try {
    document = readXmlElements(xml);
  } catch (error) {
    throw new ArxivTransientError(
      "not-xml",
      `the response is not well-formed XML: ${error.message}`,
      {
        arxivMessage: oneLine(xml)
      }
    );
  }
  return feedFromDocument(document, xml);
}
function feedFromDocument(document, xml) {
  const feed = document.children.find((element) => element.name === "feed");
  if (feed === void 0) {
    throw new ArxivTransientError("not-xml", "the response is XML but not an Atom feed", {
      arxivMessage: oneLine(xml)
    });
  }
  const entries = feed.children.filter((element) => element.name === "entry");
  rejectErrorFeed(entries);
  const papers = [];
  const skipped = [];
  for (const entry of entries) {
    const paper = readEntry(entry);
    if (typeof paper === "string") skipped.push(paper);
    else papers.push(paper);
  }
  const startIndex = count2(child(feed, "startIndex")) ?? 0;
  return {
    totalResults: count2(child(feed, "totalResults")) ?? startIndex + entries.length,
    startIndex,
    itemsPerPage: count2(child(feed, "itemsPerPage")) ?? entries.length,
    entryCount: entries.length,
    papers,
    skipped
  };
}
function checkWholeFeed(xml) {
  const text = xml.replace(/^\uFEFF/, "").trim();
  if (text === "") throw new ArxivTransientError("empty-body", "arXiv sent an empty response");
  if (/^rate exceeded/i.test(text)) {
    throw new ArxivTransientError("rate-exceeded", 'arXiv said "Rate exceeded."', {
      arxivMessage: oneLine(text)
    });
  }
  if (/^<!doctype html|^<html[\s>]/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
    throw new ArxivTransientError("html", "arXiv sent an HTML page instead of an Atom feed", {
      arxivMessage: oneLine(title !== void 0 && title.trim() !== "" ? decodeXmlEntities(title) : text)
    });
  }
  if (!text.startsWith("<")) {
    throw new ArxivTransientError("not-xml", "arXiv sent something that is not XML", {
      arxivMessage: oneLine(text)
    });
  }
  if (!/<\/(?:[A-Za-z_][\w.-]*:)?feed\s*>$/.test(text.slice(-64))) {
    if (/<(?:[A-Za-z_][\w.-]*:)?feed[\s>]/.test(text)) {
      throw new ArxivTransientError("truncated", `the Atom feed is cut off after ${text.length} characters`);
    }
    throw new ArxivTransientError("not-xml", "the response is XML but not an Atom feed", {
      arxivMessage: oneLine(text)
    });
  }
}
function rejectErrorFeed(entries) {
  for (const entry of entries) {
    const id = child(entry, "id")?.text;
    if (id !== void 0 && ERROR_ENTRY_ID.test(id)) {
      const message = collapse(child(entry, "summary")?.text ?? "") || collapse(child(entry, "title")?.text ?? "") || id;
      throw new ArxivApiError(message);
    }
  }
}
function entryFields(entry) {
  const fields = { first: /* @__PURE__ */ new Map(), authors: [], categories: [] };
  for (const element of entry.children) {
    if (element.name === "author") fields.authors.push(element);
    else if (element.name === "category") fields.categories.push(element);
    else if (!fields.first.has(element.name)) fields.first.set(element.name, element);
  }
  return fields;
}
function readEntry(entry) {
  const { first, authors, categories: categoryElements } = entryFields(entry);
  const field = (name) => collapse(first.get(name)?.text ?? "");
  const rawId = field("id");
  const parsed2 = parseArxivId(rawId.replace(/^.*\/abs\//, ""));
  if (parsed2 === null) return `entry with id "${rawId}" is not an arXiv paper`;
  const categories = unique(
    categoryElements.map((c) => collapse(c.attributes["term"] ?? "")).filter(Boolean)
  );
  const primary = collapse(first.get("primary_category")?.attributes["term"] ?? "");
  const paper = {
    arxivId: parsed2.arxivId,
    version: parsed2.version ?? 1,
    title: field("title"),
    abstract: field("summary"),
    authors: authors.map((author) => collapse(child(author, "name")?.text ?? "")).filter(Boolean),
    categories,
    primaryCategory: primary || categories[0] || "",
    published: field("published"),
    updated: field("updated")
  };
  const comment = field("comment");
  const journalRef = field("journal_ref");
  const doi = field("doi");
  if (comment) paper.comment = comment;
  if (journalRef) paper.journalRef = journalRef;
  if (doi) paper.doi = doi;
  return paper;
}
function child(element, name) {
  return element.children.find((c) => c.name === name);
}
var SPACE_RUNS = /\s\s+|[^\S ]/g;
function collapse(raw) {
  return decodeXmlEntities(raw).replace(SPACE_RUNS, " ").trim();
}
function count2(element) {
  const value = element?.text.trim();
  if (value === void 0 || !/^\d+$/.test(value)) return void 0;
  return Number(value);
}
function unique(values) {
  return [...new Set(values)];
}
function oneLine(raw) {
  const line = raw.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
}

// src/cli/inputs.ts
var InputError = class extends Error {
  name = "InputError";
};
function readFeeds(paths) {
  let onArxiv = 0;
  const all = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new InputError(`--feed: no file at ${path}`);
    try {
      const feed = parseFeed(readFileSync(path, "utf8"));
      onArxiv += feed.totalResults;
      all.push(...feed.papers);
    } catch (error) {
      if (error instanceof ArxivApiError)
        throw new InputError(`--feed ${path} is an arXiv error feed: ${error.message}`);
      if (error instanceof ArxivTransientError)
        throw new InputError(`--feed ${path} is not an arXiv Atom feed: ${error.message}`);
      throw error;
    }
  }
  return { papers: mergePapers(all), onArxiv, fetched: all.length };
}

// src/cli/shared-hits.ts
var FREE = 0;
var TAKEN = 1;
var DONE = 2;
var TAKEOVER_MS = 1e3;
var SharedHits = class {
  constructor(memory, finder) {
    this.finder = finder;
    this.state = new Int32Array(memory.state);
    this.bits = new Int32Array(memory.bits);
    this.words = Math.ceil(memory.phrases / 32);
  }
  finder;
  state;
  bits;
  /** Int32 words per text. */
  words;
  static allocate(papers, phrases) {
    const words = Math.ceil(phrases / 32);
    return {
      state: new SharedArrayBuffer(papers * Int32Array.BYTES_PER_ELEMENT),
      bits: new SharedArrayBuffer(papers * 2 * words * Int32Array.BYTES_PER_ELEMENT),
      phrases
    };
  }
  /** The worker's part: every paper not taken yet, in order. */
  findAll(papers) {
    for (let i = 0; i < papers.length; i++) {
      if (Atomics.compareExchange(this.state, i, FREE, TAKEN) !== FREE) continue;
      const hits = this.finder.find(papers[i]);
      this.write(i * 2 * this.words, hits.title);
      this.write((i * 2 + 1) * this.words, hits.abstract);
      Atomics.store(this.state, i, DONE);
      Atomics.notify(this.state, i);
    }
  }
  /** The main thread's part: the hits of paper `i`, found here unless the worker took it. */
  get(i, paper) {
    if (Atomics.compareExchange(this.state, i, FREE, TAKEN) === FREE) return this.finder.find(paper);
    while (Atomics.load(this.state, i) !== DONE) {
      if (Atomics.wait(this.state, i, TAKEN, TAKEOVER_MS) === "timed-out") return this.finder.find(paper);
    }
    return { title: this.read(i * 2 * this.words), abstract: this.read((i * 2 + 1) * this.words) };
  }
  write(at, found) {
    for (const phrase of found) this.bits[at + (phrase >>> 5)] |= 1 << (phrase & 31);
  }
  read(at) {
    const found = /* @__PURE__ */ new Set();
    for (let w = 0; w < this.words; w++) {
      const word = this.bits[at + w];
      if (word === 0) continue;
      for (let b = 0; b < 32; b++) if (word & 1 << b) found.add(w * 32 + b);
    }
    return found;
  }
};

// src/cli/feed-worker.ts
function parse({ paths }) {
  try {
    const feeds = readFeeds(paths);
    return { feeds, links: feeds.papers.map(findLinks) };
  } catch (error) {
    return { error };
  }
}
function failure(error) {
  return {
    error: {
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : void 0,
      input: error instanceof InputError
    }
  };
}
var parsed = parse(workerData);
var port = parentPort;
port.once("message", (scoring) => {
  if ("error" in parsed) {
    port.postMessage(failure(parsed.error));
    return;
  }
  const { papers } = parsed.feeds;
  const finder = createPhraseFinder(scoring);
  const memory = SharedHits.allocate(papers.length, finder.phrases);
  port.postMessage({ ...parsed.feeds, hits: memory, links: parsed.links });
  new SharedHits(memory, finder).findAll(papers);
});
