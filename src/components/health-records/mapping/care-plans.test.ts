import { expect } from '@open-wc/testing';
import { CarePlanSchema } from '../../../api/fhir/schemas.js';
import { patient, snomed } from '../../../../test/helpers/fhir.js';
import { toCarePlans } from './care-plans.js';

describe('toCarePlans', () => {
  const narrativeOnly = CarePlanSchema.parse({
    resourceType: 'CarePlan',
    id: 'narrative',
    status: 'active',
    intent: 'plan',
    subject: patient,
    text: {
      status: 'generated',
      div:
        '<div xmlns="http://www.w3.org/1999/xhtml">\n  <p><b>Diet</b> &amp; exercise plan</p>' +
        '<script type="text/javascript">alert(1)</script><style>p { color: red }</style>' +
        '<ul>\n    <li>Walk 30&nbsp;minutes a day</li>\n    <li class="x"><i>Less</i> salt &#8212; &#x2264;2 g</li>' +
        '</ul><p>Call us &quot;any time&quot;<br/>at the clinic</p><!-- internal comment --></div>',
    },
  });

  it('turns a narrative into plain text when the plan has nothing else to say', () => {
    const [view] = toCarePlans([narrativeOnly]);
    expect(view?.narrative).to.equal(
      'Diet & exercise plan\n• Walk 30 minutes a day\n• Less salt — ≤2 g\nCall us "any time"\nat the clinic',
    );
    expect(view?.narrative).to.not.contain('<');
    expect(view?.narrative).to.not.contain('alert');
    expect(view?.narrative).to.not.contain('color');
    expect(view?.narrative).to.not.contain('comment');
    expect(view?.title).to.equal('');
    expect(view?.activities).to.deep.equal([]);
  });

  it('drops scripts that are never closed, broken tags and attributes holding ">"', () => {
    const [view] = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'broken',
        status: 'active',
        text: {
          div: '<div><a title="a>b" href="#x">Rest</a> well<img src=x onerror=alert(2)><br><script>alert(3)',
        },
      }),
    ]);
    expect(view?.narrative).to.equal('Rest well');
    const [unfinished] = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'u',
        status: 'active',
        text: { div: '<div>Drink water <b' },
      }),
    ]);
    expect(unfinished?.narrative).to.equal('Drink water');
    const [stray] = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 's',
        status: 'active',
        text: { div: '<p>a <<b>b</b></p>' },
      }),
    ]);
    expect(stray?.narrative).to.equal('a b');
    const [escaped] = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'e',
        status: 'active',
        text: { div: '<p>&amp;lt;b&amp;gt; &#65;&#x42;&#0;</p>' },
      }),
    ]);
    expect(escaped?.narrative).to.equal('&lt;b&gt; AB');
  });

  it('titles a plan by its title, its categories or the start of its description, and lists its activities', () => {
    const description =
      'Keep blood sugar in range through diet, daily exercise, and checking glucose levels every morning before food.';
    const views = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'described',
        status: 'completed',
        description,
        period: { start: '2021-01-01', end: '2021-12-31' },
        text: { div: '<div>Narrative that is not needed</div>' },
      }),
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'categorized',
        status: 'active',
        category: [
          { coding: [{ system: snomed, code: '698360004', display: 'Diabetes self management plan' }] },
          { text: 'Nutrition' },
        ],
        period: { start: '2024-01-01' },
        activity: [
          { detail: { kind: 'ServiceRequest', description: 'Check feet daily', status: 'in-progress' } },
          { detail: { code: { text: 'HbA1c every 3 months' }, status: 'scheduled' } },
          { reference: { reference: 'ServiceRequest/9', display: 'Dietitian visit' } },
          { reference: { reference: 'ServiceRequest/10' } },
        ],
      }),
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'titled',
        status: 'active',
        title: 'Heart health',
        period: { start: '2023-05-01' },
        text: { div: '<div>Narrative of a titled plan</div>' },
      }),
      CarePlanSchema.parse({ resourceType: 'CarePlan', id: 'in-error', status: 'entered-in-error', title: 'Wrong' }),
    ]);
    expect(views.map((view) => view.id)).to.deep.equal(['categorized', 'titled', 'described']);
    expect(views[0]).to.deep.equal({
      id: 'categorized',
      title: 'Diabetes self management plan, Nutrition',
      categories: ['Diabetes self management plan', 'Nutrition'],
      period: { start: '2024-01-01' },
      status: 'active',
      activities: ['Check feet daily', 'HbA1c every 3 months', 'Dietitian visit'],
    });
    expect(views[1]?.title).to.equal('Heart health');
    expect(views[1]?.narrative).to.equal(undefined);
    // A long description is cut for a title, and says it was cut.
    expect(views[2]?.title).to.equal(`${description.slice(0, 80).trim()}…`);
    expect(views[2]?.description).to.equal(description);
    expect(views[2]?.narrative).to.equal(undefined);
    expect(views[2]?.period).to.deep.equal({ start: '2021-01-01', end: '2021-12-31' });
  });
});
