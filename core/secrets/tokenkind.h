#pragma once
// Which token: the GitHub token or the Plausible API key (their values: secrets/tokens.h).
namespace insights {

enum class TokenKind { GitHub, Plausible };

} // namespace insights
