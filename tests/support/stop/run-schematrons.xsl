<?xml version="1.0" encoding="UTF-8"?>
<!-- Runs every compiled schematron on every file in one JVM and lists each failed assert and each
     successful report (what SVRL calls a finding), with its id, role and text. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:svrl="http://purl.oclc.org/dsdl/svrl" exclude-result-prefixes="#all">
  <!-- "|"-separated file URIs. -->
  <xsl:param name="stylesheets" as="xs:string" required="yes"/>
  <xsl:param name="files" as="xs:string" required="yes"/>
  <xsl:template name="xsl:initial-template">
    <findings>
      <xsl:for-each select="tokenize($stylesheets, '\|')">
        <xsl:variable name="sheet" select="."/>
        <xsl:variable name="compiled" select="doc($sheet)"/>
        <xsl:for-each select="tokenize($files, '\|')">
          <xsl:variable name="file" select="."/>
          <xsl:variable name="report" select="transform(map{'stylesheet-node': $compiled, 'source-node': doc($file)})?output"/>
          <xsl:for-each select="$report//(svrl:failed-assert | svrl:successful-report)">
            <finding schematron="{$sheet}" file="{$file}" id="{@id}" role="{@role}" location="{normalize-space(@location)}">
              <xsl:value-of select="normalize-space(svrl:text)"/>
            </finding>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:for-each>
    </findings>
  </xsl:template>
</xsl:stylesheet>
