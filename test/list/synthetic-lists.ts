/** Large lists in the two common formats: a bullet list and a list in the seed's `details` style. */
export function syntheticBulletList(entries: number): string {
  let text = '# Awesome list\n\n## Latest Updates\n- 2025-04-10: Add 4 papers.\n\n## Papers\n\n';
  for (let i = 0; i < entries; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    text += `- [Paper ${i}: Learning Things at Scale with Words](https://arxiv.org/abs/24${month}.${String(10000 + i)}) — Jane Doe et al., Apr 2024\n`;
  }
  return `${text}\n## Contributing\nPull requests welcome.\n`;
}

export function syntheticDetailsList(entries: number): string {
  let text = '# Awesome list\n\n## 📢 Latest Updates\n* Apr-10-2025: Add 4 papers.\n\n## Papers\n';
  for (let i = 0; i < entries; i++) {
    text +=
      `### ${i + 1}. Paper ${i}: Learning Things at Scale with Words\n` +
      '**Authors:** Ada Lovelace, Alan Turing, Grace Hopper, Edsger Dijkstra, Barbara Liskov\n' +
      '<details span>\n<summary><b>Abstract</b></summary>\n' +
      `${'We study how models learn things at scale and report results that hold up. '.repeat(20)}\n` +
      '</details>\n\n' +
      `[📄 Paper](https://arxiv.org/pdf/2404.${String(10000 + i)}) | [💻 Code](https://github.com/example/paper-${i})\n\n` +
      `![Paper ${i}](assets/paper_img/paper-${i}.jpg)\n\n`;
  }
  return `${text}## ❤️ BibTeX\n`;
}
