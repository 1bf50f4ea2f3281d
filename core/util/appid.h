#pragma once
// The application's identity on the desktop: the .desktop file's name, the AppStream id, the
// icon's name in the icon theme and the Wayland app id are all this one string.
namespace insights {

inline constexpr char kAppId[] = "io.github.insights.Insights";

} // namespace insights
