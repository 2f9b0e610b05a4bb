import { describe, expect, it } from 'vitest';
import { changeBody, createBody, groundProblems, parsePosition } from './ground-draft';

const draft = { reference: ' 31 kap. 16 § OSL ', description: ' Affärsförhållanden ', position: '' };

describe('groundProblems', () => {
  it('asks for the reference and the description', () => {
    expect(groundProblems({ reference: ' ', description: '', position: '' })).toEqual({
      reference: 'referenceMissing',
      description: 'descriptionMissing',
    });
    expect(groundProblems(draft)).toEqual({});
  });

  it('refuses texts longer than the API takes and an order that is not a whole number in range', () => {
    expect(
      groundProblems({ reference: 'x'.repeat(101), description: 'y'.repeat(501), position: '2,5' }),
    ).toEqual({
      reference: 'referenceTooLong',
      description: 'descriptionTooLong',
      position: 'positionInvalid',
    });
    expect(groundProblems({ ...draft, position: '10001' })).toEqual({ position: 'positionInvalid' });
    expect(groundProblems({ ...draft, position: '-1' })).toEqual({ position: 'positionInvalid' });
  });

  it('checks only the fields a form has (a change keeps its reference)', () => {
    expect(groundProblems({ reference: '', description: '', position: '' }, ['description'])).toEqual({
      description: 'descriptionMissing',
    });
  });
});

describe('parsePosition', () => {
  it('reads whole numbers from 0 to 10 000', () => {
    expect(parsePosition(' 25 ')).toBe(25);
    expect(parsePosition('0')).toBe(0);
    expect(parsePosition('10000')).toBe(10_000);
    expect(parsePosition('')).toBeNull();
    expect(parsePosition('1e3')).toBeNull();
  });
});

describe('createBody', () => {
  it('sends trimmed texts, and the order only when given', () => {
    expect(createBody(draft)).toEqual({ reference: '31 kap. 16 § OSL', description: 'Affärsförhållanden' });
    expect(createBody({ ...draft, position: '15' })).toEqual({
      reference: '31 kap. 16 § OSL',
      description: 'Affärsförhållanden',
      position: 15,
    });
  });
});

describe('changeBody', () => {
  const ground = { description: 'Affärsförhållanden', position: 60 };

  it('sends only what changed', () => {
    expect(changeBody({ ...draft, position: '60' }, ground)).toEqual({});
    expect(changeBody({ ...draft, description: 'Ny text', position: '60' }, ground)).toEqual({
      description: 'Ny text',
    });
    expect(changeBody({ ...draft, position: '5' }, ground)).toEqual({ position: 5 });
  });
});
