// Skrevet af `kvs init`: remark (og VS Code-udvidelsen unifiedjs.vscode-remark)
// viser de samme fund som `kvs check`, mens du skriver.
import remarkKvs from 'kvalitetsstandard/remark';

export default { plugins: [remarkKvs] };
