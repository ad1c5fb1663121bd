# Reference values for studies/penguin-palmer, computed independently of naskah with base R
# (stats only, no add-on packages) and SPSS's conventions where SPSS and R differ (see the
# oracle README): Levene centred on the mean, Type III sums of squares with effect coding
# for the factorial ANOVA, quartiles of type 6, Mann–Whitney Z without continuity
# correction, Spearman p from t on n − 2 df. test/studies/penguin-palmer.test.ts asserts
# naskah's results against the output, saved beside this file as reference-output.txt.
#
#   Rscript studies/penguin-palmer/reference/check.R > studies/penguin-palmer/reference/reference-output.txt
#
# R is a measuring instrument here, never a dependency of naskah.

args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("^--file=", "", args[grep("^--file=", args)]))
d <- read.csv(file.path(here, "..", "data", "penguins.csv"), na.strings = c("", "."),
              stringsAsFactors = FALSE)
d$species <- factor(d$species, levels = c("Adelie", "Chinstrap", "Gentoo"))
d$island <- factor(d$island, levels = c("Biscoe", "Dream", "Torgersen"))
d$sex <- factor(d$sex, levels = c("FEMALE", "MALE"))

out <- function(name, value) cat(sprintf("%s = %s\n", name, format(value, digits = 15)))
section <- function(title) cat(sprintf("\n## %s\n", title))

levene <- function(y, g) {
  ok <- !is.na(y) & !is.na(g)
  y <- y[ok]; g <- droplevels(g[ok])
  z <- abs(y - ave(y, g))
  a <- anova(lm(z ~ g))
  c(f = a[1, "F value"], df1 = a[1, "Df"], df2 = a[2, "Df"], p = a[1, "Pr(>F)"])
}

section("sample")
out("rows", nrow(d))
for (v in c("species", "island", "sex")) {
  t <- table(d[[v]])
  for (l in names(t)) out(sprintf("count.%s.%s", v, l), t[[l]])
  out(sprintf("missing.%s", v), sum(is.na(d[[v]])))
}

section("descriptives (overall, and by species)")
measures <- c("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g")
for (v in measures) {
  x <- d[[v]][!is.na(d[[v]])]
  out(sprintf("%s.n", v), length(x))
  out(sprintf("%s.mean", v), mean(x))
  out(sprintf("%s.sd", v), sd(x))
  out(sprintf("%s.min", v), min(x))
  out(sprintf("%s.max", v), max(x))
  for (s in levels(d$species)) {
    xs <- d[[v]][d$species == s & !is.na(d[[v]])]
    q <- quantile(xs, c(0.25, 0.75), type = 6)
    out(sprintf("%s.%s.n", v, s), length(xs))
    out(sprintf("%s.%s.mean", v, s), mean(xs))
    out(sprintf("%s.%s.sd", v, s), sd(xs))
    out(sprintf("%s.%s.median", v, s), median(xs))
    out(sprintf("%s.%s.iqr", v, s), unname(q[2] - q[1]))
  }
}

section("normality of the four measurements over all birds")
# Lilliefors as nortest::lillie.test computes it (Dallal–Wilkinson p; oracle README).
lilliefors <- function(x) {
  x <- sort(x); n <- length(x)
  p <- pnorm((x - mean(x)) / sd(x))
  d <- max(max(seq_len(n) / n - p), max(p - (seq_len(n) - 1) / n))
  if (n <= 100) { K <- d; m <- n } else { K <- d * (n / 100)^0.49; m <- 100 }
  pv <- exp(-7.01256 * K^2 * (m + 2.78019) + 2.99587 * K * sqrt(m + 2.78019) - 0.122119 +
              0.974598 / sqrt(m) + 1.67997 / m)
  if (pv > 0.1) {
    KK <- (sqrt(n) - 0.01 + 0.85 / sqrt(n)) * d
    pv <- if (KK <= 0.302) 1 else if (KK <= 0.5) 2.76773 - 19.828315 * KK + 80.709644 * KK^2 - 138.55152 * KK^3 + 81.218052 * KK^4
      else if (KK <= 0.9) -4.901232 + 40.662806 * KK - 97.490286 * KK^2 + 94.029866 * KK^3 - 32.355711 * KK^4
      else if (KK <= 1.31) 6.198765 - 19.558097 * KK + 23.186922 * KK^2 - 12.234627 * KK^3 + 2.423045 * KK^4
      else 0
  }
  c(d = d, p = pv)
}
for (v in measures) {
  x <- d[[v]][!is.na(d[[v]])]
  sw <- shapiro.test(x)
  out(sprintf("normality.%s.w", v), unname(sw$statistic)); out(sprintf("normality.%s.swP", v), sw$p.value)
  l <- lilliefors(x)
  out(sprintf("normality.%s.d", v), l[["d"]]); out(sprintf("normality.%s.lillieforsP", v), l[["p"]])
}

section("contingency: species x island")
tab <- table(d$species, d$island)
cs <- suppressWarnings(chisq.test(tab, correct = FALSE))
out("chisq.statistic", unname(cs$statistic))
out("chisq.df", unname(cs$parameter))
out("chisq.p", cs$p.value)
out("chisq.minExpected", min(cs$expected))
out("chisq.cramersV", sqrt(unname(cs$statistic) / (sum(tab) * (min(dim(tab)) - 1))))
out("fisher.p", fisher.test(tab, workspace = 2e8)$p.value)

section("one-way ANOVA: body mass by species")
m <- d[!is.na(d$body_mass_g), ]
for (s in levels(m$species))
  out(sprintf("shapiro.%s.p", s), shapiro.test(m$body_mass_g[m$species == s])$p.value)
lev <- levene(m$body_mass_g, m$species)
out("mass.levene.f", lev[["f"]]); out("mass.levene.p", lev[["p"]])
a <- anova(lm(body_mass_g ~ species, data = m))
out("anova.f", a[1, "F value"]); out("anova.df1", a[1, "Df"]); out("anova.df2", a[2, "Df"])
out("anova.p", a[1, "Pr(>F)"])
out("anova.etaSquared", a[1, "Sum Sq"] / sum(a[, "Sum Sq"]))
w <- oneway.test(body_mass_g ~ species, data = m, var.equal = FALSE)
out("welch.f", unname(w$statistic)); out("welch.df1", unname(w$parameter[1]))
out("welch.df2", unname(w$parameter[2])); out("welch.p", w$p.value)
kw <- kruskal.test(body_mass_g ~ species, data = m)
out("kruskal.h", unname(kw$statistic)); out("kruskal.p", kw$p.value)
# Games–Howell (Levene rejects equal variances, so `posthoc: auto` chooses it), pairs i < j
# in level order with meanDiff = mean_i − mean_j; Tukey–Kramer beside it.
k <- nlevels(m$species)
for (i in 1:(k - 1)) for (j in (i + 1):k) {
  li <- levels(m$species)[i]; lj <- levels(m$species)[j]
  xi <- m$body_mass_g[m$species == li]; xj <- m$body_mass_g[m$species == lj]
  vi <- var(xi) / length(xi); vj <- var(xj) / length(xj)
  se <- sqrt(vi + vj)
  df <- (vi + vj)^2 / (vi^2 / (length(xi) - 1) + vj^2 / (length(xj) - 1))
  t <- (mean(xi) - mean(xj)) / se
  out(sprintf("gamesHowell.%s-%s.meanDiff", li, lj), mean(xi) - mean(xj))
  out(sprintf("gamesHowell.%s-%s.df", li, lj), df)
  out(sprintf("gamesHowell.%s-%s.p", li, lj), ptukey(sqrt(2) * abs(t), k, df, lower.tail = FALSE))
}
tk <- TukeyHSD(aov(body_mass_g ~ species, data = m))$species
for (r in rownames(tk)) out(sprintf("tukey.%s.p", r), tk[r, "p adj"])

section("two groups: flipper length by sex")
f <- d[!is.na(d$flipper_length_mm) & !is.na(d$sex), ]
for (s in levels(f$sex))
  out(sprintf("shapiro.%s.p", s), shapiro.test(f$flipper_length_mm[f$sex == s])$p.value)
lev <- levene(f$flipper_length_mm, f$sex)
out("flipper.levene.f", lev[["f"]]); out("flipper.levene.p", lev[["p"]])
x1 <- f$flipper_length_mm[f$sex == "FEMALE"]; x2 <- f$flipper_length_mm[f$sex == "MALE"]
out("n1", length(x1)); out("n2", length(x2))
out("mean1", mean(x1)); out("mean2", mean(x2))
mw <- wilcox.test(x1, x2, exact = FALSE, correct = FALSE)
out("mannWhitney.u", unname(mw$statistic)); out("mannWhitney.p", mw$p.value)
rk <- rank(c(x1, x2)); n1 <- length(x1); n2 <- length(x2); N <- n1 + n2
ties <- table(rk)
z <- (unname(mw$statistic) - n1 * n2 / 2) /
  sqrt(n1 * n2 / 12 * ((N + 1) - sum(ties^3 - ties) / (N * (N - 1))))
out("mannWhitney.z", z)
out("mannWhitney.r", abs(z) / sqrt(N))
st <- t.test(x1, x2, var.equal = TRUE)
out("studentT.t", unname(st$statistic)); out("studentT.p", st$p.value)
wt <- t.test(x1, x2)
out("welchT.t", unname(wt$statistic)); out("welchT.df", unname(wt$parameter)); out("welchT.p", wt$p.value)

section("factorial ANOVA: body mass by species x sex, Type III SS (effect coding)")
fa <- d[!is.na(d$body_mass_g) & !is.na(d$sex), ]
full <- lm(body_mass_g ~ species * sex, data = fa,
           contrasts = list(species = "contr.sum", sex = "contr.sum"))
X <- model.matrix(full)
assign <- attr(X, "assign")
rss <- function(cols) sum(lm.fit(X[, cols, drop = FALSE], fa$body_mass_g)$residuals^2)
rssFull <- sum(residuals(full)^2)
dfRes <- df.residual(full)
out("residual.ss", rssFull); out("residual.df", dfRes)
for (term in 1:3) {
  name <- attr(terms(full), "term.labels")[term]
  ss <- rss(which(assign != term)) - rssFull
  df <- sum(assign == term)
  fval <- (ss / df) / (rssFull / dfRes)
  out(sprintf("%s.ss", name), ss); out(sprintf("%s.df", name), df); out(sprintf("%s.f", name), fval)
  out(sprintf("%s.p", name), pf(fval, df, dfRes, lower.tail = FALSE))
  out(sprintf("%s.partialEta2", name), ss / (ss + rssFull))
}
lev <- levene(fa$body_mass_g, interaction(fa$species, fa$sex))
out("cells.levene.f", lev[["f"]]); out("cells.levene.p", lev[["p"]])
for (s in levels(fa$species)) for (x in levels(fa$sex)) {
  y <- fa$body_mass_g[fa$species == s & fa$sex == x]
  out(sprintf("cell.%s.%s.n", s, x), length(y)); out(sprintf("cell.%s.%s.mean", s, x), mean(y))
}

# Simple effects against the error mean square of the full model.
mse <- rssFull / dfRes
simple <- function(label, y, g) {
  g <- droplevels(g)
  ss <- sum(tapply(y, g, function(v) length(v) * (mean(v) - mean(y))^2))
  df <- nlevels(g) - 1
  fval <- (ss / df) / mse
  out(sprintf("simple.%s.f", label), fval)
  out(sprintf("simple.%s.p", label), pf(fval, df, dfRes, lower.tail = FALSE))
}
for (x in levels(fa$sex)) simple(sprintf("species-within-%s", x), fa$body_mass_g[fa$sex == x], fa$species[fa$sex == x])
for (s in levels(fa$species)) simple(sprintf("sex-within-%s", s), fa$body_mass_g[fa$species == s], fa$sex[fa$species == s])

section("correlations: bill length and bill depth")
b <- d[!is.na(d$bill_length_mm) & !is.na(d$bill_depth_mm), ]
spearmanP <- function(rho, n) 2 * pt(abs(rho) * sqrt((n - 2) / (1 - rho^2)), n - 2, lower.tail = FALSE)
corr <- function(name, rows) {
  x <- rows$bill_length_mm; y <- rows$bill_depth_mm
  out(sprintf("%s.n", name), nrow(rows))
  out(sprintf("%s.shapiro.length.p", name), shapiro.test(x)$p.value)
  out(sprintf("%s.shapiro.depth.p", name), shapiro.test(y)$p.value)
  pc <- cor.test(x, y)
  out(sprintf("%s.pearson.r", name), unname(pc$estimate)); out(sprintf("%s.pearson.p", name), pc$p.value)
  rho <- cor(x, y, method = "spearman")
  out(sprintf("%s.spearman.rho", name), rho); out(sprintf("%s.spearman.p", name), spearmanP(rho, nrow(rows)))
}
corr("all", b)
for (s in levels(b$species)) corr(s, b[b$species == s, ])

section("correlation matrix of the four measures, pairwise complete, Holm-adjusted")
pairs <- combn(measures, 2)
ps <- c()
for (i in seq_len(ncol(pairs))) {
  v1 <- pairs[1, i]; v2 <- pairs[2, i]
  ok <- !is.na(d[[v1]]) & !is.na(d[[v2]])
  rho <- cor(d[[v1]][ok], d[[v2]][ok], method = "spearman")
  p <- spearmanP(rho, sum(ok))
  ps <- c(ps, p)
  out(sprintf("matrix.%s.%s.n", v1, v2), sum(ok))
  out(sprintf("matrix.%s.%s.rho", v1, v2), rho)
  out(sprintf("matrix.%s.%s.pearson.r", v1, v2), cor(d[[v1]][ok], d[[v2]][ok]))
  out(sprintf("matrix.%s.%s.p", v1, v2), p)
}
holm <- p.adjust(ps, "holm")
for (i in seq_len(ncol(pairs))) out(sprintf("matrix.%s.%s.pHolm", pairs[1, i], pairs[2, i]), holm[i])

section("multiple linear regression of body mass, complete cases, Adelie and FEMALE as reference levels")
terms <- c("flipper_length_mm", "bill_length_mm", "bill_depth_mm", "species", "sex")
m <- d[complete.cases(d[, c("body_mass_g", terms)]), ]
fit <- lm(body_mass_g ~ flipper_length_mm + bill_length_mm + bill_depth_mm + species + sex, data = m)
sf <- summary(fit)
co <- coef(sf)
ci <- confint(fit)
X <- model.matrix(fit)[, -1]
sdY <- sd(m$body_mass_g)
vif <- function(j) { k <- match(j, colnames(X)); r2 <- summary(lm(X[, k] ~ X[, -k]))$r.squared; 1 / (1 - r2) }
out("regression.n", nrow(m))
for (i in seq_len(nrow(co))) {
  nm <- rownames(co)[i]
  out(sprintf("regression.%s.b", nm), co[i, 1]); out(sprintf("regression.%s.se", nm), co[i, 2])
  out(sprintf("regression.%s.t", nm), co[i, 3]); out(sprintf("regression.%s.p", nm), co[i, 4])
  out(sprintf("regression.%s.ciLower", nm), ci[i, 1]); out(sprintf("regression.%s.ciUpper", nm), ci[i, 2])
  if (i > 1) {
    out(sprintf("regression.%s.beta", nm), co[i, 1] * sd(X[, nm]) / sdY)
    out(sprintf("regression.%s.vif", nm), vif(nm))
  }
}
out("regression.r2", sf$r.squared); out("regression.adjR2", sf$adj.r.squared)
out("regression.sigma", sf$sigma)
out("regression.f", sf$fstatistic[["value"]]); out("regression.df1", sf$fstatistic[["numdf"]])
out("regression.df2", sf$fstatistic[["dendf"]])
out("regression.fP", pf(sf$fstatistic[["value"]], sf$fstatistic[["numdf"]], sf$fstatistic[["dendf"]], lower.tail = FALSE))
res <- residuals(fit)
out("regression.durbinWatson", sum(diff(res)^2) / sum(res^2))
sw <- shapiro.test(res)
out("regression.residuals.w", unname(sw$statistic)); out("regression.residuals.p", sw$p.value)

section("R")
cat(R.version.string, "\n")
