// Grows a patient's record in the mock to `size` lab results: copies of their own, each dated further back, so the
// newest pages are the same and only the history is longer. Used by the in-page benchmark (bench/records.js) and by
// `npm run bench` for the mock it serves over HTTP.
export function growRecord(record, size) {
  const labs = record.resources.filter(
    (resource) =>
      resource.resourceType === 'Observation' && JSON.stringify(resource.category ?? []).includes('"laboratory"'),
  );
  let added = 0;
  for (let round = 1; labs.length + added < size; round += 1) {
    for (const lab of labs) {
      if (labs.length + added >= size) break;
      const copy = structuredClone(lab);
      copy.id = `${lab.id}-earlier-${round}`;
      const back = (date) => {
        const moved = new Date(date);
        moved.setUTCFullYear(moved.getUTCFullYear() - 20 * round);
        return moved.toISOString();
      };
      if (copy.effectiveDateTime) copy.effectiveDateTime = back(copy.effectiveDateTime);
      if (copy.issued) copy.issued = back(copy.issued);
      record.resources.push(copy);
      added += 1;
    }
  }
}
