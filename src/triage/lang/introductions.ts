/**
 * An introduction by a third person, in every language the triage reads. The intake keeps one from
 * quoted mail before the note's language is known, so it reads them all: "Giulia, ti presento
 * Riccardo" under an Italian reply is the same reason to write as "Giulia, meet Riccardo".
 */
import { INTRODUCTION as de } from './de/intake.js';
import { INTRODUCTION as en } from './en/intake.js';
import { INTRODUCTION as es } from './es/intake.js';
import { INTRODUCTION as fr } from './fr/intake.js';
import { INTRODUCTION as hiEn } from './hi-en/intake.js';
import { INTRODUCTION as it } from './it/intake.js';
import { INTRODUCTION as pt } from './pt/intake.js';

export const INTRODUCTIONS = [en, es, pt, fr, de, it, hiEn].join('\n');
