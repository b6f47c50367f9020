import { describe, expect, it } from 'vitest';
import { recognizeIdentifiers } from '../../../../lib/engine/recognizers/identifiers';
import { found, kindsOf } from './helpers';

describe('dates', () => {
  it('finds numeric dates in either order and ISO dates with times', () => {
    expect(found('seen 3/14/2023 and 14.03.2023')).toEqual(['date:3/14/2023', 'date:14.03.2023']);
    expect(found('logged 2021-07-04 18:22:10 by the monitor')).toEqual(['date:2021-07-04 18:22:10']);
  });
  it('finds spelled dates, month and year, day of month', () => {
    expect(found('born July 4th, 1961')).toEqual(['date:July 4th, 1961']);
    expect(found('on the 9th of October she left')).toEqual(['date:9th of October']);
    expect(found('discharged in November 2022')).toEqual(['date:November 2022']);
  });
  it('finds a short date only after a word that introduces it, or zero-padded', () => {
    expect(found('admitted on 2/11')).toEqual(['date:2/11']);
    expect(found('DOS 3/14 billed')).toEqual(['date:3/14']);
    expect(found('labs 07/19 were fine')).toEqual(['date:07/19']);
    expect(kindsOf('we split it 50/50 and scored 3/4')).toEqual([]);
  });
  it('marks weekdays and "on the 3rd" as relative, with lower confidence', () => {
    const text = 'came in last Tuesday and left on the 3rd';
    const spans = recognizeIdentifiers(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['last Tuesday', 'on the 3rd']);
  });
  it('never flags a bare year, a version number, a time or a verb', () => {
    expect(kindsOf('In 2019 we shipped v2.1.10 at 10:30, and we may march on')).toEqual([]);
  });
  it('does not read "may" as a month', () => {
    expect(kindsOf('you may 5 times a day')).toEqual([]);
  });
});

describe('ages', () => {
  it('finds the common ways to write an age', () => {
    expect(found('a 72yo with chest pain')).toEqual(['age:72yo']);
    expect(found('pt is 45 y/o F')).toEqual(['age:45 y/o']);
    expect(found('the 8-year-old boy')).toEqual(['age:8-year-old']);
    expect(found('she is 91 years old')).toEqual(['age:91 years old']);
    expect(found('aged 45, from out of town')).toEqual(['age:45']);
    expect(found('a man in his late 80s')).toEqual(['age:in his late 80s']);
    expect(found('my dad turned 70.')).toEqual(['age:70']);
    expect(found('her 95th birthday party')).toEqual(['age:95th birthday']);
    expect(found('our 3-month-old twins')).toEqual(['age:3-month-old']);
    expect(found('Pt 67M with chest pain')).toEqual(['age:67M']);
  });
  it('ignores durations, plans and counts', () => {
    expect(kindsOf('a 5-year plan, 30 years of service, turned 3 pages, 20 years ago')).toEqual([]);
    expect(kindsOf('popular music in the 60s')).toEqual([]);
    expect(kindsOf('we hit 10M views and raised $25M')).toEqual([]);
  });
});
