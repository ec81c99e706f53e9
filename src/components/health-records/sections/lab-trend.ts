/**
 * A test's history as the patient reads it: a chart of its values over time (the reference range as a band, results
 * out of range marked by their shape as well as their colour) and a table of the same values, newest first, for
 * screen readers and print. Drawn as SVG in the element: no chart library.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LabResultView } from '../mapping/lab-results.js';
import type { LabTrend, TrendPoint } from '../mapping/lab-trends.js';
import type { SectionContext } from './section.js';

/** The chart's drawing box: stretched to the space it has, while its lines and points keep their size. */
const [width, height] = [1000, 300];

/** How the table draws a result's value and range: as the section's own tables do. */
export interface TrendCells {
  value(result: LabResultView): TemplateResult;
  range(result: LabResultView): string | undefined;
}

/** The values' span, with room around it, so no point sits on an edge. */
const domainOf = (values: number[]): [number, number] => {
  const least = Math.min(...values);
  const most = Math.max(...values);
  const room = (most - least) * 0.1 || Math.abs(most) * 0.1 || 1;
  return [least - room, most + room];
};

/** The chart of a test's values: SVG for the eye, with its whole meaning said in its label and in the table after. */
export function renderTrendChart(trend: LabTrend, name: string, context: SectionContext): TemplateResult {
  const { l10n, when } = context;
  const t = l10n.t.bind(l10n);
  const { points, band, unit } = trend;
  const first = points[0];
  const latest = points.at(-1);
  if (!first || !latest) return html`<p class="notice">${t('trendNoChart')}</p>`;
  const [bottom, top] = domainOf([
    ...points.map((point) => point.value),
    ...(band?.low !== undefined ? [band.low] : []),
    ...(band?.high !== undefined ? [band.high] : []),
  ]);
  const span = latest.time - first.time;
  // Dates along the width (a point alone in the middle), values up the height; 3% kept free at each side.
  const x = (time: number) => (span ? 30 + ((time - first.time) / span) * (width - 60) : width / 2);
  const y = (value: number) => height - ((value - bottom) / (top - bottom)) * height;
  // The line is drawn in a box stretched to the chart (its stroke keeps its width); each point is placed by percent,
  // so its shape stays round, or square, however wide the chart is.
  const line = points
    .map((point, index) => `${index ? 'L' : 'M'}${x(point.time).toFixed(1)} ${y(point.value).toFixed(1)}`)
    .join('');
  const dot = (point: TrendPoint) => {
    const [left, down] = [`${(x(point.time) / width) * 100}%`, `${(y(point.value) / height) * 100}%`];
    return svg`<line class=${point.out ? 'dot out' : 'dot'} x1=${left} y1=${down} x2=${left} y2=${down} />`;
  };
  const number = (value: number) => l10n.number(value, { maximumSignificantDigits: 3 });
  const withUnit = (value: string) => (unit ? `${value} ${unit}` : value);
  const bandFrom = band?.high !== undefined ? y(band.high) : 0;
  const bandTo = band?.low !== undefined ? y(band.low) : height;
  const rangeWords =
    band?.low !== undefined && band.high !== undefined
      ? `${number(band.low)} – ${withUnit(number(band.high))}`
      : band?.low !== undefined
        ? t('rangeLow', withUnit(number(band.low)))
        : band?.high !== undefined
          ? t('rangeHigh', withUnit(number(band.high)))
          : undefined;
  const summary = t(
    'trendSummary',
    name,
    points.length,
    when({ iso: first.result.date }) ?? '',
    when({ iso: latest.result.date }) ?? '',
    latest.result.value ?? '',
    latest.out,
    rangeWords,
  );
  return html`<figure class="trend-chart">
    <div class="plot">
      <div class="y-axis" aria-hidden="true">
        <span>${withUnit(number(top))}</span><span>${withUnit(number(bottom))}</span>
      </div>
      <svg role="img" aria-label=${summary} focusable="false">
        <svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" aria-hidden="true">
          ${svg`${band ? svg`<rect class="band" x="0" y=${bandFrom} width=${width} height=${Math.max(1, bandTo - bandFrom)} />` : nothing}
            <path class="line" d=${line} vector-effect="non-scaling-stroke" />`}
        </svg>
        ${points.map(dot)}
      </svg>
      <div class="x-axis" aria-hidden="true">
        <span>${when({ iso: first.result.date })}</span>
        ${span ? html`<span>${when({ iso: latest.result.date })}</span>` : nothing}
      </div>
    </div>
    <figcaption class="legend">
      ${
        rangeWords
          ? html`<span
              ><svg class="key" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                ${svg`<rect class="band" width="16" height="16" />`}
              </svg>
              ${t('legendRange', rangeWords)}</span
            >`
          : nothing
      }
      <span
        ><svg class="key" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          ${svg`<line class="dot" x1="8" y1="8" x2="8" y2="8" />`}
        </svg>
        ${t('legendIn')}</span
      >
      <span
        ><svg class="key" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          ${svg`<line class="dot out" x1="8" y1="8" x2="8" y2="8" />`}
        </svg>
        ${t('legendOut')}</span
      >
    </figcaption>
  </figure>`;
}

/** Every result of the test, newest first: the chart's values in words, and those it cannot draw. */
export function renderTrendTable(
  trend: LabTrend,
  name: string,
  shown: number,
  cells: TrendCells,
  context: SectionContext,
): TemplateResult {
  const { l10n, when } = context;
  const t = l10n.t.bind(l10n);
  return html`<table class="lab-table trend-table">
    <caption>
      ${t('trendTable', name)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('date')}</th>
        <th scope="col">${t('result')}</th>
        <th scope="col">${t('range')}</th>
      </tr>
    </thead>
    <tbody>
      ${trend.results.slice(0, shown).map((result) => {
        const range = cells.range(result);
        return html`<tr class="lab-result">
          <th scope="row" class="name" tabindex="-1">${when({ iso: result.date }) ?? t('resultsUndated')}</th>
          <td data-label=${t('result')}>${cells.value(result)}</td>
          <td data-label=${range ? t('range') : nothing}>${range}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
