import { describe, expect, it } from 'vitest';
import { found, kindsOf } from './helpers';

describe('numbers identified by their context', () => {
  it('medical record numbers', () => {
    expect(found('MRN: 00482913 flagged')).toEqual(['mrn:00482913']);
    expect(found('medical record number A-7730218')).toEqual(['mrn:A-7730218']);
  });
  it('health plan numbers', () => {
    expect(found('member ID XJH44102938')).toEqual(['health-plan:XJH44102938']);
    expect(found('Medicaid # 6604419273')).toEqual(['health-plan:6604419273']);
  });
  it('licence numbers', () => {
    expect(found("driver's license D4402-88172")).toEqual(['license:D4402-88172']);
    expect(found('NPI 1234567893 on the form')).toEqual(['license:1234567893']);
  });
  it('vehicles: plates with context, VINs by check digit', () => {
    expect(found('plate 7XYZ123 in the lot')).toEqual(['vehicle:7XYZ123']);
    expect(found('VIN 1M8GDM9AXKP042788')).toEqual(['vehicle:1M8GDM9AXKP042788']);
    expect(found('saw 1M8GDM9AXKP042788 parked')).toEqual(['vehicle:1M8GDM9AXKP042788']);
  });
  it('device serial numbers', () => {
    expect(found('pacemaker serial PJN883201')).toEqual(['device:PJN883201']);
  });
  it('bank accounts', () => {
    expect(found('acct 00417723981')).toEqual(['account:00417723981']);
  });
  it('rooms, beds and case numbers', () => {
    expect(found('moved to room 412B')).toEqual(['other-id:412B']);
    expect(found('bed 4 is open')).toEqual(['other-id:4']);
    expect(found('claim no. 88213-44')).toEqual(['other-id:88213-44']);
  });
  it('a person in a numbered room, floor-and-wing rooms and units', () => {
    expect(found('Mr. Abara in 305 is asking for you')).toEqual(['name:Mr. Abara', 'other-id:305']);
    expect(found('the patient in 12B')).toEqual(['other-id:12B']);
    expect(found('room codes like 6E-14 get reused')).toEqual(['other-id:6E-14']);
    expect(found('transferred to 3 North')).toEqual(['other-id:3 North']);
    expect(kindsOf('the patient in 2019 and the man in 10 minutes')).toEqual([]);
  });
  it('near misses: no number, a year, or a number the context does not own', () => {
    expect(kindsOf('Room for improvement, plenty of bed rest')).toEqual([]);
    expect(kindsOf('a record 5000 visitors; licensed since 2012; member of 3 boards')).toEqual([]);
  });
});
