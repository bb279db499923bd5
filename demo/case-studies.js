// Builds the page from the case-study index: one <ccin-case-study> per case study.
const index = await fetch('/dist/data/case-study-index.json').then((response) => response.json());
const toc = document.getElementById('toc');
const booklet = document.getElementById('booklet');
for (const study of index) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `#${study.id}`;
  link.textContent = study.title;
  item.append(link);
  toc.append(item);
  const element = document.createElement('ccin-case-study');
  element.id = study.id;
  element.setAttribute('case-id', study.id);
  booklet.append(element);
}
