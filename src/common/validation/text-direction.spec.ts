import { ZodValidationPipe } from './zod-validation.pipe';
import { CreateQuestionBody } from '../../question/question.dto';
import { fieldsWithDirectionControls } from './text-direction';

describe('direction controls in text (#12)', () => {
  it('names every field, nested or in a list, that holds one', () => {
    expect(
      fieldsWithDirectionControls({
        title: 'ok',
        owner: { name: 'Almi\u202e' },
        notes: ['a', 'b\u2067c'],
        at: new Date(),
        count: 3,
      }),
    ).toEqual(['owner.name', 'notes.1']);
    expect(fieldsWithDirectionControls({ title: 'Företag i Åsele – 👩\u200d👧 سلام' })).toEqual([]);
  });

  it('makes the validation pipe refuse a body with 400 TEXT_DIRECTION_CONTROL', () => {
    const pipe = new ZodValidationPipe();
    const body = { title: 'Fråga \u202dgnirts', owner: { kind: 'external', name: 'Almi' } };
    expect(() => pipe.transform(body, { type: 'body', metatype: CreateQuestionBody })).toThrow(
      expect.objectContaining({
        kind: 'invalid',
        code: 'TEXT_DIRECTION_CONTROL',
        details: [expect.objectContaining({ field: 'title' })],
      }),
    );
    expect(
      pipe.transform({ ...body, title: 'Fråga' }, { type: 'body', metatype: CreateQuestionBody }),
    ).toMatchObject({ title: 'Fråga' });
  });
});
