// Stands in for regex-default.ts in the content script's build (wxt.config.ts): there pack
// expressions arrive compiled with the policy (programCompiler), and nothing may compile or
// run them any other way.
import type { RegexCompiler } from './regex';

export const defaultRegexCompiler: RegexCompiler = () => {
  throw new Error('the content script runs only regular expressions compiled by the background');
};
