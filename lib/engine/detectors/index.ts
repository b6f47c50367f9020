// The built-in detectors, one per category. Each is a pure function of (doc, settings, policy).
import type { Detector } from '../policy';
import { brandVoice } from './brand-voice';
import { confidential } from './confidential';
import { conflictOfInterest } from './conflict-of-interest';
import { crisis } from './crisis';
import { defamation } from './defamation';
import { frequency } from './frequency';
import { medicalClaims } from './medical-claims';
import { phiDetector } from './phi';
import { quality } from './quality';

export const detectors: Detector[] = [phiDetector, defamation, conflictOfInterest, confidential, crisis, medicalClaims, brandVoice, quality, frequency];
